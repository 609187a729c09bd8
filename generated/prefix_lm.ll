; ModuleID = 'prefix_lm'
source_filename = "prefix_lm"
target triple = "x86_64-unknown-linux-gnu"

@prefix_lm.name = private unnamed_addr constant [10 x i8] c"prefix_lm\00"
@prefix_lm.spec = private unnamed_addr constant [389 x i8] c"attncc: 1\0Aname: prefix_lm\0Aphase: mixed\0Akind: self\0Aheads: {q: 8, kv: 1, dim: 256, v_dim: 256}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true, prefix_lm: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@prefix_lm_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -5354071778740994377, ptr @prefix_lm.name, ptr @prefix_lm.spec, i32 8, i32 1, i32 256, i32 256, i32 2, i32 2, i32 2, i32 2, i32 0, i32 0, i32 4096, i32 1, i32 0, float 6.250000e-02, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 1, i32 0, i32 0, i32 0, ptr null }, align 8
@prefix_lm_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @prefix_lm_info_data, ptr @prefix_lm_tile, i32 8, i32 8, i32 16, i32 256, i32 1, i32 256, ptr null }, align 8

; Function Attrs: nounwind
define internal void @prefix_lm_tile_one(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca [8 x float], align 64
  %lsum = alloca [8 x <16 x float>], align 64
  %smax = alloca [8 x <16 x float>], align 64
  %lims = alloca [8 x i32], align 64
  %alpha = alloca [8 x float], align 64
  %accs = alloca [2048 x float], align 64
  %pbuf = alloca [256 x float], align 64
  %dbuf = alloca [256 x <16 x float>], align 64
  %qs = alloca [128 x <16 x float>], align 64
  %ls = alloca [8 x float], align 64
  %ms = alloca [8 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 44
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = sext i32 %seq to i64
  %15 = getelementptr i8, ptr %0, i64 160
  %prefix_len = load ptr, ptr %15, align 8
  %16 = getelementptr i32, ptr %prefix_len, i64 %14
  %prefix = load i32, ptr %16, align 4
  %17 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %17, align 8
  %18 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %18, align 8
  %19 = getelementptr i8, ptr %0, i64 48
  %20 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %20, align 8
  %21 = mul i64 %14, 2097152
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = sext i32 %kv_head to i64
  %24 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %24, align 8
  %25 = getelementptr i8, ptr %v_cache, i64 %21
  %26 = icmp sgt i32 %nrows, 0
  br i1 %26, label %rinit, label %done

done:                                             ; preds = %orow246, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %73, %exit8 ], [ 0, %entry ]
  %27 = icmp slt i32 %rinit1, 8
  br i1 %27, label %body, label %exit

body:                                             ; preds = %rinit
  %28 = sext i32 %rinit1 to i64
  %29 = mul i64 %28, 16
  %30 = getelementptr <16 x float>, ptr %qs, i64 %29
  %31 = icmp slt i32 %rinit1, %nrows
  %32 = sub i32 %nrows, 1
  %33 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %32)
  %34 = sdiv i32 %33, %nh
  %qi = add i32 %q_begin, %34
  %35 = srem i32 %33, %nh
  %36 = add i32 %h_begin, %35
  %37 = mul i32 %kv_head, 8
  %hq = add i32 %37, %36
  %38 = sext i32 %qi to i64
  %39 = add i64 %q_row0, %38
  %40 = mul i64 %39, 8
  %41 = sext i32 %hq to i64
  %orow = add i64 %40, %41
  %42 = mul i64 %orow, 512
  %43 = getelementptr i8, ptr %q, i64 %42
  %44 = select i1 %31, float 0x3FB7154760000000, float 0.000000e+00
  %45 = insertelement <16 x float> poison, float %44, i32 0
  %splat = shufflevector <16 x float> %45, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %46 = sub i32 %nrows, 1
  %47 = sdiv i32 %46, %nh
  %48 = add i32 %q_begin, %47
  %qpos10 = add i32 %q_pos0, %48
  %49 = add i32 %qpos10, 1
  %50 = call i32 @llvm.smax.i32(i32 %49, i32 %prefix)
  %51 = call i32 @llvm.smin.i32(i32 %50, i32 %k_end)
  %k_last = sub i32 %51, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %60, %body2 ]
  %52 = icmp slt i64 %chunk5, 16
  br i1 %52, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %53 = mul i64 %chunk5, 32
  %54 = getelementptr i8, ptr %43, i64 %53
  %55 = load <16 x i16>, ptr %54, align 2
  %56 = zext <16 x i16> %55 to <16 x i32>
  %57 = shl <16 x i32> %56, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %57 to <16 x float>
  %58 = fmul <16 x float> %bf16, %splat
  %59 = getelementptr <16 x float>, ptr %30, i64 %chunk5
  store <16 x float> %58, ptr %59, align 64
  %60 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %61 = getelementptr float, ptr %ms, i64 %28
  store float 0xFFF0000000000000, ptr %61, align 4
  %62 = getelementptr float, ptr %ls, i64 %28
  store float 0.000000e+00, ptr %62, align 4
  %63 = getelementptr i32, ptr %lims, i64 %28
  %qpos = add i32 %q_pos0, %qi
  %64 = add i32 %qpos, 1
  %65 = call i32 @llvm.smax.i32(i32 %64, i32 %prefix)
  %66 = call i32 @llvm.smin.i32(i32 %65, i32 %k_end)
  store i32 %66, ptr %63, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %72, %body6 ]
  %67 = icmp slt i64 %acczero9, 16
  br i1 %67, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %68 = mul i64 %acczero9, 16
  %69 = mul i64 %28, 256
  %70 = add i64 %69, %68
  %71 = getelementptr float, ptr %accs, i64 %70
  store <16 x float> zeroinitializer, ptr %71, align 64
  %72 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %73 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %pvpass, %exit
  %kblock14 = phi i32 [ %k_begin, %exit ], [ %75, %pvpass ]
  %74 = icmp slt i32 %kblock14, %51
  br i1 %74, label %body11, label %orow246

body11:                                           ; preds = %kblock
  %75 = add i32 %kblock14, 32
  br label %kdot

kdot:                                             ; preds = %body15, %body11
  %kdot18 = phi i32 [ 0, %body11 ], [ %677, %body15 ]
  %76 = icmp slt i32 %kdot18, 32
  br i1 %76, label %body15, label %score

body15:                                           ; preds = %kdot
  %77 = add i32 %kblock14, %kdot18
  %78 = call i32 @llvm.smin.i32(i32 %77, i32 %k_last)
  %79 = sext i32 %78 to i64
  %row = add i64 %23, %79
  %80 = mul i64 %row, 512
  %81 = getelementptr i8, ptr %22, i64 %80
  %82 = add i32 %78, 8
  %83 = call i32 @llvm.smin.i32(i32 %82, i32 %k_last)
  %84 = sext i32 %83 to i64
  %row19 = add i64 %23, %84
  %85 = mul i64 %row19, 512
  %86 = getelementptr i8, ptr %22, i64 %85
  call void @llvm.prefetch.p0(ptr %86, i32 0, i32 3, i32 1)
  %87 = getelementptr i8, ptr %86, i64 64
  call void @llvm.prefetch.p0(ptr %87, i32 0, i32 3, i32 1)
  %88 = getelementptr i8, ptr %86, i64 128
  call void @llvm.prefetch.p0(ptr %88, i32 0, i32 3, i32 1)
  %89 = getelementptr i8, ptr %86, i64 192
  call void @llvm.prefetch.p0(ptr %89, i32 0, i32 3, i32 1)
  %90 = getelementptr i8, ptr %86, i64 256
  call void @llvm.prefetch.p0(ptr %90, i32 0, i32 3, i32 1)
  %91 = getelementptr i8, ptr %86, i64 320
  call void @llvm.prefetch.p0(ptr %91, i32 0, i32 3, i32 1)
  %92 = getelementptr i8, ptr %86, i64 384
  call void @llvm.prefetch.p0(ptr %92, i32 0, i32 3, i32 1)
  %93 = getelementptr i8, ptr %86, i64 448
  call void @llvm.prefetch.p0(ptr %93, i32 0, i32 3, i32 1)
  %94 = add i32 %75, %kdot18
  %95 = call i32 @llvm.smin.i32(i32 %94, i32 %k_last)
  %96 = sext i32 %95 to i64
  %row20 = add i64 %23, %96
  %97 = mul i64 %row20, 512
  %98 = getelementptr i8, ptr %22, i64 %97
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 2, i32 1)
  %99 = getelementptr i8, ptr %98, i64 64
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = getelementptr i8, ptr %98, i64 128
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %101 = getelementptr i8, ptr %98, i64 192
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 2, i32 1)
  %102 = getelementptr i8, ptr %98, i64 256
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 2, i32 1)
  %103 = getelementptr i8, ptr %98, i64 320
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 2, i32 1)
  %104 = getelementptr i8, ptr %98, i64 384
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 2, i32 1)
  %105 = getelementptr i8, ptr %98, i64 448
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 2, i32 1)
  %106 = add i32 %kdot18, 1
  %107 = add i32 %kblock14, %106
  %108 = call i32 @llvm.smin.i32(i32 %107, i32 %k_last)
  %109 = sext i32 %108 to i64
  %row21 = add i64 %23, %109
  %110 = mul i64 %row21, 512
  %111 = getelementptr i8, ptr %22, i64 %110
  %112 = add i32 %108, 8
  %113 = call i32 @llvm.smin.i32(i32 %112, i32 %k_last)
  %114 = sext i32 %113 to i64
  %row22 = add i64 %23, %114
  %115 = mul i64 %row22, 512
  %116 = getelementptr i8, ptr %22, i64 %115
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 3, i32 1)
  %117 = getelementptr i8, ptr %116, i64 64
  call void @llvm.prefetch.p0(ptr %117, i32 0, i32 3, i32 1)
  %118 = getelementptr i8, ptr %116, i64 128
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 3, i32 1)
  %119 = getelementptr i8, ptr %116, i64 192
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 3, i32 1)
  %120 = getelementptr i8, ptr %116, i64 256
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 3, i32 1)
  %121 = getelementptr i8, ptr %116, i64 320
  call void @llvm.prefetch.p0(ptr %121, i32 0, i32 3, i32 1)
  %122 = getelementptr i8, ptr %116, i64 384
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 3, i32 1)
  %123 = getelementptr i8, ptr %116, i64 448
  call void @llvm.prefetch.p0(ptr %123, i32 0, i32 3, i32 1)
  %124 = add i32 %75, %106
  %125 = call i32 @llvm.smin.i32(i32 %124, i32 %k_last)
  %126 = sext i32 %125 to i64
  %row23 = add i64 %23, %126
  %127 = mul i64 %row23, 512
  %128 = getelementptr i8, ptr %22, i64 %127
  call void @llvm.prefetch.p0(ptr %128, i32 0, i32 2, i32 1)
  %129 = getelementptr i8, ptr %128, i64 64
  call void @llvm.prefetch.p0(ptr %129, i32 0, i32 2, i32 1)
  %130 = getelementptr i8, ptr %128, i64 128
  call void @llvm.prefetch.p0(ptr %130, i32 0, i32 2, i32 1)
  %131 = getelementptr i8, ptr %128, i64 192
  call void @llvm.prefetch.p0(ptr %131, i32 0, i32 2, i32 1)
  %132 = getelementptr i8, ptr %128, i64 256
  call void @llvm.prefetch.p0(ptr %132, i32 0, i32 2, i32 1)
  %133 = getelementptr i8, ptr %128, i64 320
  call void @llvm.prefetch.p0(ptr %133, i32 0, i32 2, i32 1)
  %134 = getelementptr i8, ptr %128, i64 384
  call void @llvm.prefetch.p0(ptr %134, i32 0, i32 2, i32 1)
  %135 = getelementptr i8, ptr %128, i64 448
  call void @llvm.prefetch.p0(ptr %135, i32 0, i32 2, i32 1)
  %q24 = load <16 x float>, ptr %qs, align 64
  %136 = load <16 x i16>, ptr %81, align 2
  %137 = zext <16 x i16> %136 to <16 x i32>
  %138 = shl <16 x i32> %137, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1625 = bitcast <16 x i32> %138 to <16 x float>
  %139 = load <16 x i16>, ptr %111, align 2
  %140 = zext <16 x i16> %139 to <16 x i32>
  %141 = shl <16 x i32> %140, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1626 = bitcast <16 x i32> %141 to <16 x float>
  %142 = fmul <16 x float> %q24, %bf1625
  %143 = fmul <16 x float> %q24, %bf1626
  %144 = getelementptr <16 x float>, ptr %qs, i64 16
  %q27 = load <16 x float>, ptr %144, align 64
  %145 = fmul <16 x float> %q27, %bf1625
  %146 = fmul <16 x float> %q27, %bf1626
  %147 = getelementptr <16 x float>, ptr %qs, i64 32
  %q28 = load <16 x float>, ptr %147, align 64
  %148 = fmul <16 x float> %q28, %bf1625
  %149 = fmul <16 x float> %q28, %bf1626
  %150 = getelementptr <16 x float>, ptr %qs, i64 48
  %q29 = load <16 x float>, ptr %150, align 64
  %151 = fmul <16 x float> %q29, %bf1625
  %152 = fmul <16 x float> %q29, %bf1626
  %153 = getelementptr <16 x float>, ptr %qs, i64 64
  %q30 = load <16 x float>, ptr %153, align 64
  %154 = fmul <16 x float> %q30, %bf1625
  %155 = fmul <16 x float> %q30, %bf1626
  %156 = getelementptr <16 x float>, ptr %qs, i64 80
  %q31 = load <16 x float>, ptr %156, align 64
  %157 = fmul <16 x float> %q31, %bf1625
  %158 = fmul <16 x float> %q31, %bf1626
  %159 = getelementptr <16 x float>, ptr %qs, i64 96
  %q32 = load <16 x float>, ptr %159, align 64
  %160 = fmul <16 x float> %q32, %bf1625
  %161 = fmul <16 x float> %q32, %bf1626
  %162 = getelementptr <16 x float>, ptr %qs, i64 112
  %q33 = load <16 x float>, ptr %162, align 64
  %163 = fmul <16 x float> %q33, %bf1625
  %164 = fmul <16 x float> %q33, %bf1626
  %165 = getelementptr <16 x float>, ptr %qs, i64 1
  %q34 = load <16 x float>, ptr %165, align 64
  %166 = getelementptr i8, ptr %81, i64 32
  %167 = load <16 x i16>, ptr %166, align 2
  %168 = zext <16 x i16> %167 to <16 x i32>
  %169 = shl <16 x i32> %168, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1635 = bitcast <16 x i32> %169 to <16 x float>
  %170 = getelementptr i8, ptr %111, i64 32
  %171 = load <16 x i16>, ptr %170, align 2
  %172 = zext <16 x i16> %171 to <16 x i32>
  %173 = shl <16 x i32> %172, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1636 = bitcast <16 x i32> %173 to <16 x float>
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %bf1635, <16 x float> %142)
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %bf1636, <16 x float> %143)
  %176 = getelementptr <16 x float>, ptr %qs, i64 17
  %q37 = load <16 x float>, ptr %176, align 64
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1635, <16 x float> %145)
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1636, <16 x float> %146)
  %179 = getelementptr <16 x float>, ptr %qs, i64 33
  %q38 = load <16 x float>, ptr %179, align 64
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %bf1635, <16 x float> %148)
  %181 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %bf1636, <16 x float> %149)
  %182 = getelementptr <16 x float>, ptr %qs, i64 49
  %q39 = load <16 x float>, ptr %182, align 64
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %bf1635, <16 x float> %151)
  %184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %bf1636, <16 x float> %152)
  %185 = getelementptr <16 x float>, ptr %qs, i64 65
  %q40 = load <16 x float>, ptr %185, align 64
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %bf1635, <16 x float> %154)
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %bf1636, <16 x float> %155)
  %188 = getelementptr <16 x float>, ptr %qs, i64 81
  %q41 = load <16 x float>, ptr %188, align 64
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %bf1635, <16 x float> %157)
  %190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %bf1636, <16 x float> %158)
  %191 = getelementptr <16 x float>, ptr %qs, i64 97
  %q42 = load <16 x float>, ptr %191, align 64
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %bf1635, <16 x float> %160)
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %bf1636, <16 x float> %161)
  %194 = getelementptr <16 x float>, ptr %qs, i64 113
  %q43 = load <16 x float>, ptr %194, align 64
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %bf1635, <16 x float> %163)
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %bf1636, <16 x float> %164)
  %197 = getelementptr <16 x float>, ptr %qs, i64 2
  %q44 = load <16 x float>, ptr %197, align 64
  %198 = getelementptr i8, ptr %81, i64 64
  %199 = load <16 x i16>, ptr %198, align 2
  %200 = zext <16 x i16> %199 to <16 x i32>
  %201 = shl <16 x i32> %200, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1645 = bitcast <16 x i32> %201 to <16 x float>
  %202 = getelementptr i8, ptr %111, i64 64
  %203 = load <16 x i16>, ptr %202, align 2
  %204 = zext <16 x i16> %203 to <16 x i32>
  %205 = shl <16 x i32> %204, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1646 = bitcast <16 x i32> %205 to <16 x float>
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %bf1645, <16 x float> %174)
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %bf1646, <16 x float> %175)
  %208 = getelementptr <16 x float>, ptr %qs, i64 18
  %q47 = load <16 x float>, ptr %208, align 64
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %bf1645, <16 x float> %177)
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %bf1646, <16 x float> %178)
  %211 = getelementptr <16 x float>, ptr %qs, i64 34
  %q48 = load <16 x float>, ptr %211, align 64
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %bf1645, <16 x float> %180)
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %bf1646, <16 x float> %181)
  %214 = getelementptr <16 x float>, ptr %qs, i64 50
  %q49 = load <16 x float>, ptr %214, align 64
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %bf1645, <16 x float> %183)
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %bf1646, <16 x float> %184)
  %217 = getelementptr <16 x float>, ptr %qs, i64 66
  %q50 = load <16 x float>, ptr %217, align 64
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %bf1645, <16 x float> %186)
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %bf1646, <16 x float> %187)
  %220 = getelementptr <16 x float>, ptr %qs, i64 82
  %q51 = load <16 x float>, ptr %220, align 64
  %221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %bf1645, <16 x float> %189)
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %bf1646, <16 x float> %190)
  %223 = getelementptr <16 x float>, ptr %qs, i64 98
  %q52 = load <16 x float>, ptr %223, align 64
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %bf1645, <16 x float> %192)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %bf1646, <16 x float> %193)
  %226 = getelementptr <16 x float>, ptr %qs, i64 114
  %q53 = load <16 x float>, ptr %226, align 64
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %bf1645, <16 x float> %195)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %bf1646, <16 x float> %196)
  %229 = getelementptr <16 x float>, ptr %qs, i64 3
  %q54 = load <16 x float>, ptr %229, align 64
  %230 = getelementptr i8, ptr %81, i64 96
  %231 = load <16 x i16>, ptr %230, align 2
  %232 = zext <16 x i16> %231 to <16 x i32>
  %233 = shl <16 x i32> %232, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1655 = bitcast <16 x i32> %233 to <16 x float>
  %234 = getelementptr i8, ptr %111, i64 96
  %235 = load <16 x i16>, ptr %234, align 2
  %236 = zext <16 x i16> %235 to <16 x i32>
  %237 = shl <16 x i32> %236, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1656 = bitcast <16 x i32> %237 to <16 x float>
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %bf1655, <16 x float> %206)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %bf1656, <16 x float> %207)
  %240 = getelementptr <16 x float>, ptr %qs, i64 19
  %q57 = load <16 x float>, ptr %240, align 64
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %bf1655, <16 x float> %209)
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %bf1656, <16 x float> %210)
  %243 = getelementptr <16 x float>, ptr %qs, i64 35
  %q58 = load <16 x float>, ptr %243, align 64
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %bf1655, <16 x float> %212)
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %bf1656, <16 x float> %213)
  %246 = getelementptr <16 x float>, ptr %qs, i64 51
  %q59 = load <16 x float>, ptr %246, align 64
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %bf1655, <16 x float> %215)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %bf1656, <16 x float> %216)
  %249 = getelementptr <16 x float>, ptr %qs, i64 67
  %q60 = load <16 x float>, ptr %249, align 64
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %bf1655, <16 x float> %218)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %bf1656, <16 x float> %219)
  %252 = getelementptr <16 x float>, ptr %qs, i64 83
  %q61 = load <16 x float>, ptr %252, align 64
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %bf1655, <16 x float> %221)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %bf1656, <16 x float> %222)
  %255 = getelementptr <16 x float>, ptr %qs, i64 99
  %q62 = load <16 x float>, ptr %255, align 64
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %bf1655, <16 x float> %224)
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %bf1656, <16 x float> %225)
  %258 = getelementptr <16 x float>, ptr %qs, i64 115
  %q63 = load <16 x float>, ptr %258, align 64
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %bf1655, <16 x float> %227)
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %bf1656, <16 x float> %228)
  %261 = getelementptr <16 x float>, ptr %qs, i64 4
  %q64 = load <16 x float>, ptr %261, align 64
  %262 = getelementptr i8, ptr %81, i64 128
  %263 = load <16 x i16>, ptr %262, align 2
  %264 = zext <16 x i16> %263 to <16 x i32>
  %265 = shl <16 x i32> %264, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1665 = bitcast <16 x i32> %265 to <16 x float>
  %266 = getelementptr i8, ptr %111, i64 128
  %267 = load <16 x i16>, ptr %266, align 2
  %268 = zext <16 x i16> %267 to <16 x i32>
  %269 = shl <16 x i32> %268, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1666 = bitcast <16 x i32> %269 to <16 x float>
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %bf1665, <16 x float> %238)
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %bf1666, <16 x float> %239)
  %272 = getelementptr <16 x float>, ptr %qs, i64 20
  %q67 = load <16 x float>, ptr %272, align 64
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %bf1665, <16 x float> %241)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %bf1666, <16 x float> %242)
  %275 = getelementptr <16 x float>, ptr %qs, i64 36
  %q68 = load <16 x float>, ptr %275, align 64
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %bf1665, <16 x float> %244)
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %bf1666, <16 x float> %245)
  %278 = getelementptr <16 x float>, ptr %qs, i64 52
  %q69 = load <16 x float>, ptr %278, align 64
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %bf1665, <16 x float> %247)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %bf1666, <16 x float> %248)
  %281 = getelementptr <16 x float>, ptr %qs, i64 68
  %q70 = load <16 x float>, ptr %281, align 64
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %bf1665, <16 x float> %250)
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %bf1666, <16 x float> %251)
  %284 = getelementptr <16 x float>, ptr %qs, i64 84
  %q71 = load <16 x float>, ptr %284, align 64
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %bf1665, <16 x float> %253)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %bf1666, <16 x float> %254)
  %287 = getelementptr <16 x float>, ptr %qs, i64 100
  %q72 = load <16 x float>, ptr %287, align 64
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %bf1665, <16 x float> %256)
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %bf1666, <16 x float> %257)
  %290 = getelementptr <16 x float>, ptr %qs, i64 116
  %q73 = load <16 x float>, ptr %290, align 64
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %bf1665, <16 x float> %259)
  %292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %bf1666, <16 x float> %260)
  %293 = getelementptr <16 x float>, ptr %qs, i64 5
  %q74 = load <16 x float>, ptr %293, align 64
  %294 = getelementptr i8, ptr %81, i64 160
  %295 = load <16 x i16>, ptr %294, align 2
  %296 = zext <16 x i16> %295 to <16 x i32>
  %297 = shl <16 x i32> %296, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1675 = bitcast <16 x i32> %297 to <16 x float>
  %298 = getelementptr i8, ptr %111, i64 160
  %299 = load <16 x i16>, ptr %298, align 2
  %300 = zext <16 x i16> %299 to <16 x i32>
  %301 = shl <16 x i32> %300, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1676 = bitcast <16 x i32> %301 to <16 x float>
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %bf1675, <16 x float> %270)
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %bf1676, <16 x float> %271)
  %304 = getelementptr <16 x float>, ptr %qs, i64 21
  %q77 = load <16 x float>, ptr %304, align 64
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %bf1675, <16 x float> %273)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %bf1676, <16 x float> %274)
  %307 = getelementptr <16 x float>, ptr %qs, i64 37
  %q78 = load <16 x float>, ptr %307, align 64
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q78, <16 x float> %bf1675, <16 x float> %276)
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q78, <16 x float> %bf1676, <16 x float> %277)
  %310 = getelementptr <16 x float>, ptr %qs, i64 53
  %q79 = load <16 x float>, ptr %310, align 64
  %311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %bf1675, <16 x float> %279)
  %312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %bf1676, <16 x float> %280)
  %313 = getelementptr <16 x float>, ptr %qs, i64 69
  %q80 = load <16 x float>, ptr %313, align 64
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %bf1675, <16 x float> %282)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %bf1676, <16 x float> %283)
  %316 = getelementptr <16 x float>, ptr %qs, i64 85
  %q81 = load <16 x float>, ptr %316, align 64
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %bf1675, <16 x float> %285)
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %bf1676, <16 x float> %286)
  %319 = getelementptr <16 x float>, ptr %qs, i64 101
  %q82 = load <16 x float>, ptr %319, align 64
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %bf1675, <16 x float> %288)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %bf1676, <16 x float> %289)
  %322 = getelementptr <16 x float>, ptr %qs, i64 117
  %q83 = load <16 x float>, ptr %322, align 64
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q83, <16 x float> %bf1675, <16 x float> %291)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q83, <16 x float> %bf1676, <16 x float> %292)
  %325 = getelementptr <16 x float>, ptr %qs, i64 6
  %q84 = load <16 x float>, ptr %325, align 64
  %326 = getelementptr i8, ptr %81, i64 192
  %327 = load <16 x i16>, ptr %326, align 2
  %328 = zext <16 x i16> %327 to <16 x i32>
  %329 = shl <16 x i32> %328, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1685 = bitcast <16 x i32> %329 to <16 x float>
  %330 = getelementptr i8, ptr %111, i64 192
  %331 = load <16 x i16>, ptr %330, align 2
  %332 = zext <16 x i16> %331 to <16 x i32>
  %333 = shl <16 x i32> %332, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1686 = bitcast <16 x i32> %333 to <16 x float>
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %bf1685, <16 x float> %302)
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %bf1686, <16 x float> %303)
  %336 = getelementptr <16 x float>, ptr %qs, i64 22
  %q87 = load <16 x float>, ptr %336, align 64
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %bf1685, <16 x float> %305)
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %bf1686, <16 x float> %306)
  %339 = getelementptr <16 x float>, ptr %qs, i64 38
  %q88 = load <16 x float>, ptr %339, align 64
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q88, <16 x float> %bf1685, <16 x float> %308)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q88, <16 x float> %bf1686, <16 x float> %309)
  %342 = getelementptr <16 x float>, ptr %qs, i64 54
  %q89 = load <16 x float>, ptr %342, align 64
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %bf1685, <16 x float> %311)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %bf1686, <16 x float> %312)
  %345 = getelementptr <16 x float>, ptr %qs, i64 70
  %q90 = load <16 x float>, ptr %345, align 64
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %bf1685, <16 x float> %314)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %bf1686, <16 x float> %315)
  %348 = getelementptr <16 x float>, ptr %qs, i64 86
  %q91 = load <16 x float>, ptr %348, align 64
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %bf1685, <16 x float> %317)
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %bf1686, <16 x float> %318)
  %351 = getelementptr <16 x float>, ptr %qs, i64 102
  %q92 = load <16 x float>, ptr %351, align 64
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %bf1685, <16 x float> %320)
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %bf1686, <16 x float> %321)
  %354 = getelementptr <16 x float>, ptr %qs, i64 118
  %q93 = load <16 x float>, ptr %354, align 64
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q93, <16 x float> %bf1685, <16 x float> %323)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q93, <16 x float> %bf1686, <16 x float> %324)
  %357 = getelementptr <16 x float>, ptr %qs, i64 7
  %q94 = load <16 x float>, ptr %357, align 64
  %358 = getelementptr i8, ptr %81, i64 224
  %359 = load <16 x i16>, ptr %358, align 2
  %360 = zext <16 x i16> %359 to <16 x i32>
  %361 = shl <16 x i32> %360, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1695 = bitcast <16 x i32> %361 to <16 x float>
  %362 = getelementptr i8, ptr %111, i64 224
  %363 = load <16 x i16>, ptr %362, align 2
  %364 = zext <16 x i16> %363 to <16 x i32>
  %365 = shl <16 x i32> %364, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1696 = bitcast <16 x i32> %365 to <16 x float>
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q94, <16 x float> %bf1695, <16 x float> %334)
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q94, <16 x float> %bf1696, <16 x float> %335)
  %368 = getelementptr <16 x float>, ptr %qs, i64 23
  %q97 = load <16 x float>, ptr %368, align 64
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q97, <16 x float> %bf1695, <16 x float> %337)
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q97, <16 x float> %bf1696, <16 x float> %338)
  %371 = getelementptr <16 x float>, ptr %qs, i64 39
  %q98 = load <16 x float>, ptr %371, align 64
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q98, <16 x float> %bf1695, <16 x float> %340)
  %373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q98, <16 x float> %bf1696, <16 x float> %341)
  %374 = getelementptr <16 x float>, ptr %qs, i64 55
  %q99 = load <16 x float>, ptr %374, align 64
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q99, <16 x float> %bf1695, <16 x float> %343)
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q99, <16 x float> %bf1696, <16 x float> %344)
  %377 = getelementptr <16 x float>, ptr %qs, i64 71
  %q100 = load <16 x float>, ptr %377, align 64
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q100, <16 x float> %bf1695, <16 x float> %346)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q100, <16 x float> %bf1696, <16 x float> %347)
  %380 = getelementptr <16 x float>, ptr %qs, i64 87
  %q101 = load <16 x float>, ptr %380, align 64
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q101, <16 x float> %bf1695, <16 x float> %349)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q101, <16 x float> %bf1696, <16 x float> %350)
  %383 = getelementptr <16 x float>, ptr %qs, i64 103
  %q102 = load <16 x float>, ptr %383, align 64
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q102, <16 x float> %bf1695, <16 x float> %352)
  %385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q102, <16 x float> %bf1696, <16 x float> %353)
  %386 = getelementptr <16 x float>, ptr %qs, i64 119
  %q103 = load <16 x float>, ptr %386, align 64
  %387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q103, <16 x float> %bf1695, <16 x float> %355)
  %388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q103, <16 x float> %bf1696, <16 x float> %356)
  %389 = getelementptr <16 x float>, ptr %qs, i64 8
  %q104 = load <16 x float>, ptr %389, align 64
  %390 = getelementptr i8, ptr %81, i64 256
  %391 = load <16 x i16>, ptr %390, align 2
  %392 = zext <16 x i16> %391 to <16 x i32>
  %393 = shl <16 x i32> %392, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16105 = bitcast <16 x i32> %393 to <16 x float>
  %394 = getelementptr i8, ptr %111, i64 256
  %395 = load <16 x i16>, ptr %394, align 2
  %396 = zext <16 x i16> %395 to <16 x i32>
  %397 = shl <16 x i32> %396, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16106 = bitcast <16 x i32> %397 to <16 x float>
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q104, <16 x float> %bf16105, <16 x float> %366)
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q104, <16 x float> %bf16106, <16 x float> %367)
  %400 = getelementptr <16 x float>, ptr %qs, i64 24
  %q107 = load <16 x float>, ptr %400, align 64
  %401 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q107, <16 x float> %bf16105, <16 x float> %369)
  %402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q107, <16 x float> %bf16106, <16 x float> %370)
  %403 = getelementptr <16 x float>, ptr %qs, i64 40
  %q108 = load <16 x float>, ptr %403, align 64
  %404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q108, <16 x float> %bf16105, <16 x float> %372)
  %405 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q108, <16 x float> %bf16106, <16 x float> %373)
  %406 = getelementptr <16 x float>, ptr %qs, i64 56
  %q109 = load <16 x float>, ptr %406, align 64
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q109, <16 x float> %bf16105, <16 x float> %375)
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q109, <16 x float> %bf16106, <16 x float> %376)
  %409 = getelementptr <16 x float>, ptr %qs, i64 72
  %q110 = load <16 x float>, ptr %409, align 64
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q110, <16 x float> %bf16105, <16 x float> %378)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q110, <16 x float> %bf16106, <16 x float> %379)
  %412 = getelementptr <16 x float>, ptr %qs, i64 88
  %q111 = load <16 x float>, ptr %412, align 64
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q111, <16 x float> %bf16105, <16 x float> %381)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q111, <16 x float> %bf16106, <16 x float> %382)
  %415 = getelementptr <16 x float>, ptr %qs, i64 104
  %q112 = load <16 x float>, ptr %415, align 64
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q112, <16 x float> %bf16105, <16 x float> %384)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q112, <16 x float> %bf16106, <16 x float> %385)
  %418 = getelementptr <16 x float>, ptr %qs, i64 120
  %q113 = load <16 x float>, ptr %418, align 64
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q113, <16 x float> %bf16105, <16 x float> %387)
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q113, <16 x float> %bf16106, <16 x float> %388)
  %421 = getelementptr <16 x float>, ptr %qs, i64 9
  %q114 = load <16 x float>, ptr %421, align 64
  %422 = getelementptr i8, ptr %81, i64 288
  %423 = load <16 x i16>, ptr %422, align 2
  %424 = zext <16 x i16> %423 to <16 x i32>
  %425 = shl <16 x i32> %424, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16115 = bitcast <16 x i32> %425 to <16 x float>
  %426 = getelementptr i8, ptr %111, i64 288
  %427 = load <16 x i16>, ptr %426, align 2
  %428 = zext <16 x i16> %427 to <16 x i32>
  %429 = shl <16 x i32> %428, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16116 = bitcast <16 x i32> %429 to <16 x float>
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q114, <16 x float> %bf16115, <16 x float> %398)
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q114, <16 x float> %bf16116, <16 x float> %399)
  %432 = getelementptr <16 x float>, ptr %qs, i64 25
  %q117 = load <16 x float>, ptr %432, align 64
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q117, <16 x float> %bf16115, <16 x float> %401)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q117, <16 x float> %bf16116, <16 x float> %402)
  %435 = getelementptr <16 x float>, ptr %qs, i64 41
  %q118 = load <16 x float>, ptr %435, align 64
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q118, <16 x float> %bf16115, <16 x float> %404)
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q118, <16 x float> %bf16116, <16 x float> %405)
  %438 = getelementptr <16 x float>, ptr %qs, i64 57
  %q119 = load <16 x float>, ptr %438, align 64
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q119, <16 x float> %bf16115, <16 x float> %407)
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q119, <16 x float> %bf16116, <16 x float> %408)
  %441 = getelementptr <16 x float>, ptr %qs, i64 73
  %q120 = load <16 x float>, ptr %441, align 64
  %442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q120, <16 x float> %bf16115, <16 x float> %410)
  %443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q120, <16 x float> %bf16116, <16 x float> %411)
  %444 = getelementptr <16 x float>, ptr %qs, i64 89
  %q121 = load <16 x float>, ptr %444, align 64
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q121, <16 x float> %bf16115, <16 x float> %413)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q121, <16 x float> %bf16116, <16 x float> %414)
  %447 = getelementptr <16 x float>, ptr %qs, i64 105
  %q122 = load <16 x float>, ptr %447, align 64
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q122, <16 x float> %bf16115, <16 x float> %416)
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q122, <16 x float> %bf16116, <16 x float> %417)
  %450 = getelementptr <16 x float>, ptr %qs, i64 121
  %q123 = load <16 x float>, ptr %450, align 64
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q123, <16 x float> %bf16115, <16 x float> %419)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q123, <16 x float> %bf16116, <16 x float> %420)
  %453 = getelementptr <16 x float>, ptr %qs, i64 10
  %q124 = load <16 x float>, ptr %453, align 64
  %454 = getelementptr i8, ptr %81, i64 320
  %455 = load <16 x i16>, ptr %454, align 2
  %456 = zext <16 x i16> %455 to <16 x i32>
  %457 = shl <16 x i32> %456, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16125 = bitcast <16 x i32> %457 to <16 x float>
  %458 = getelementptr i8, ptr %111, i64 320
  %459 = load <16 x i16>, ptr %458, align 2
  %460 = zext <16 x i16> %459 to <16 x i32>
  %461 = shl <16 x i32> %460, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16126 = bitcast <16 x i32> %461 to <16 x float>
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q124, <16 x float> %bf16125, <16 x float> %430)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q124, <16 x float> %bf16126, <16 x float> %431)
  %464 = getelementptr <16 x float>, ptr %qs, i64 26
  %q127 = load <16 x float>, ptr %464, align 64
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q127, <16 x float> %bf16125, <16 x float> %433)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q127, <16 x float> %bf16126, <16 x float> %434)
  %467 = getelementptr <16 x float>, ptr %qs, i64 42
  %q128 = load <16 x float>, ptr %467, align 64
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q128, <16 x float> %bf16125, <16 x float> %436)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q128, <16 x float> %bf16126, <16 x float> %437)
  %470 = getelementptr <16 x float>, ptr %qs, i64 58
  %q129 = load <16 x float>, ptr %470, align 64
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q129, <16 x float> %bf16125, <16 x float> %439)
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q129, <16 x float> %bf16126, <16 x float> %440)
  %473 = getelementptr <16 x float>, ptr %qs, i64 74
  %q130 = load <16 x float>, ptr %473, align 64
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q130, <16 x float> %bf16125, <16 x float> %442)
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q130, <16 x float> %bf16126, <16 x float> %443)
  %476 = getelementptr <16 x float>, ptr %qs, i64 90
  %q131 = load <16 x float>, ptr %476, align 64
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q131, <16 x float> %bf16125, <16 x float> %445)
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q131, <16 x float> %bf16126, <16 x float> %446)
  %479 = getelementptr <16 x float>, ptr %qs, i64 106
  %q132 = load <16 x float>, ptr %479, align 64
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q132, <16 x float> %bf16125, <16 x float> %448)
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q132, <16 x float> %bf16126, <16 x float> %449)
  %482 = getelementptr <16 x float>, ptr %qs, i64 122
  %q133 = load <16 x float>, ptr %482, align 64
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q133, <16 x float> %bf16125, <16 x float> %451)
  %484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q133, <16 x float> %bf16126, <16 x float> %452)
  %485 = getelementptr <16 x float>, ptr %qs, i64 11
  %q134 = load <16 x float>, ptr %485, align 64
  %486 = getelementptr i8, ptr %81, i64 352
  %487 = load <16 x i16>, ptr %486, align 2
  %488 = zext <16 x i16> %487 to <16 x i32>
  %489 = shl <16 x i32> %488, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16135 = bitcast <16 x i32> %489 to <16 x float>
  %490 = getelementptr i8, ptr %111, i64 352
  %491 = load <16 x i16>, ptr %490, align 2
  %492 = zext <16 x i16> %491 to <16 x i32>
  %493 = shl <16 x i32> %492, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16136 = bitcast <16 x i32> %493 to <16 x float>
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q134, <16 x float> %bf16135, <16 x float> %462)
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q134, <16 x float> %bf16136, <16 x float> %463)
  %496 = getelementptr <16 x float>, ptr %qs, i64 27
  %q137 = load <16 x float>, ptr %496, align 64
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q137, <16 x float> %bf16135, <16 x float> %465)
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q137, <16 x float> %bf16136, <16 x float> %466)
  %499 = getelementptr <16 x float>, ptr %qs, i64 43
  %q138 = load <16 x float>, ptr %499, align 64
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q138, <16 x float> %bf16135, <16 x float> %468)
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q138, <16 x float> %bf16136, <16 x float> %469)
  %502 = getelementptr <16 x float>, ptr %qs, i64 59
  %q139 = load <16 x float>, ptr %502, align 64
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q139, <16 x float> %bf16135, <16 x float> %471)
  %504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q139, <16 x float> %bf16136, <16 x float> %472)
  %505 = getelementptr <16 x float>, ptr %qs, i64 75
  %q140 = load <16 x float>, ptr %505, align 64
  %506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q140, <16 x float> %bf16135, <16 x float> %474)
  %507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q140, <16 x float> %bf16136, <16 x float> %475)
  %508 = getelementptr <16 x float>, ptr %qs, i64 91
  %q141 = load <16 x float>, ptr %508, align 64
  %509 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q141, <16 x float> %bf16135, <16 x float> %477)
  %510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q141, <16 x float> %bf16136, <16 x float> %478)
  %511 = getelementptr <16 x float>, ptr %qs, i64 107
  %q142 = load <16 x float>, ptr %511, align 64
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q142, <16 x float> %bf16135, <16 x float> %480)
  %513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q142, <16 x float> %bf16136, <16 x float> %481)
  %514 = getelementptr <16 x float>, ptr %qs, i64 123
  %q143 = load <16 x float>, ptr %514, align 64
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q143, <16 x float> %bf16135, <16 x float> %483)
  %516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q143, <16 x float> %bf16136, <16 x float> %484)
  %517 = getelementptr <16 x float>, ptr %qs, i64 12
  %q144 = load <16 x float>, ptr %517, align 64
  %518 = getelementptr i8, ptr %81, i64 384
  %519 = load <16 x i16>, ptr %518, align 2
  %520 = zext <16 x i16> %519 to <16 x i32>
  %521 = shl <16 x i32> %520, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16145 = bitcast <16 x i32> %521 to <16 x float>
  %522 = getelementptr i8, ptr %111, i64 384
  %523 = load <16 x i16>, ptr %522, align 2
  %524 = zext <16 x i16> %523 to <16 x i32>
  %525 = shl <16 x i32> %524, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16146 = bitcast <16 x i32> %525 to <16 x float>
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q144, <16 x float> %bf16145, <16 x float> %494)
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q144, <16 x float> %bf16146, <16 x float> %495)
  %528 = getelementptr <16 x float>, ptr %qs, i64 28
  %q147 = load <16 x float>, ptr %528, align 64
  %529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q147, <16 x float> %bf16145, <16 x float> %497)
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q147, <16 x float> %bf16146, <16 x float> %498)
  %531 = getelementptr <16 x float>, ptr %qs, i64 44
  %q148 = load <16 x float>, ptr %531, align 64
  %532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q148, <16 x float> %bf16145, <16 x float> %500)
  %533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q148, <16 x float> %bf16146, <16 x float> %501)
  %534 = getelementptr <16 x float>, ptr %qs, i64 60
  %q149 = load <16 x float>, ptr %534, align 64
  %535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q149, <16 x float> %bf16145, <16 x float> %503)
  %536 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q149, <16 x float> %bf16146, <16 x float> %504)
  %537 = getelementptr <16 x float>, ptr %qs, i64 76
  %q150 = load <16 x float>, ptr %537, align 64
  %538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q150, <16 x float> %bf16145, <16 x float> %506)
  %539 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q150, <16 x float> %bf16146, <16 x float> %507)
  %540 = getelementptr <16 x float>, ptr %qs, i64 92
  %q151 = load <16 x float>, ptr %540, align 64
  %541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q151, <16 x float> %bf16145, <16 x float> %509)
  %542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q151, <16 x float> %bf16146, <16 x float> %510)
  %543 = getelementptr <16 x float>, ptr %qs, i64 108
  %q152 = load <16 x float>, ptr %543, align 64
  %544 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q152, <16 x float> %bf16145, <16 x float> %512)
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q152, <16 x float> %bf16146, <16 x float> %513)
  %546 = getelementptr <16 x float>, ptr %qs, i64 124
  %q153 = load <16 x float>, ptr %546, align 64
  %547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q153, <16 x float> %bf16145, <16 x float> %515)
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q153, <16 x float> %bf16146, <16 x float> %516)
  %549 = getelementptr <16 x float>, ptr %qs, i64 13
  %q154 = load <16 x float>, ptr %549, align 64
  %550 = getelementptr i8, ptr %81, i64 416
  %551 = load <16 x i16>, ptr %550, align 2
  %552 = zext <16 x i16> %551 to <16 x i32>
  %553 = shl <16 x i32> %552, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16155 = bitcast <16 x i32> %553 to <16 x float>
  %554 = getelementptr i8, ptr %111, i64 416
  %555 = load <16 x i16>, ptr %554, align 2
  %556 = zext <16 x i16> %555 to <16 x i32>
  %557 = shl <16 x i32> %556, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16156 = bitcast <16 x i32> %557 to <16 x float>
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q154, <16 x float> %bf16155, <16 x float> %526)
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q154, <16 x float> %bf16156, <16 x float> %527)
  %560 = getelementptr <16 x float>, ptr %qs, i64 29
  %q157 = load <16 x float>, ptr %560, align 64
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q157, <16 x float> %bf16155, <16 x float> %529)
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q157, <16 x float> %bf16156, <16 x float> %530)
  %563 = getelementptr <16 x float>, ptr %qs, i64 45
  %q158 = load <16 x float>, ptr %563, align 64
  %564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q158, <16 x float> %bf16155, <16 x float> %532)
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q158, <16 x float> %bf16156, <16 x float> %533)
  %566 = getelementptr <16 x float>, ptr %qs, i64 61
  %q159 = load <16 x float>, ptr %566, align 64
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q159, <16 x float> %bf16155, <16 x float> %535)
  %568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q159, <16 x float> %bf16156, <16 x float> %536)
  %569 = getelementptr <16 x float>, ptr %qs, i64 77
  %q160 = load <16 x float>, ptr %569, align 64
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q160, <16 x float> %bf16155, <16 x float> %538)
  %571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q160, <16 x float> %bf16156, <16 x float> %539)
  %572 = getelementptr <16 x float>, ptr %qs, i64 93
  %q161 = load <16 x float>, ptr %572, align 64
  %573 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q161, <16 x float> %bf16155, <16 x float> %541)
  %574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q161, <16 x float> %bf16156, <16 x float> %542)
  %575 = getelementptr <16 x float>, ptr %qs, i64 109
  %q162 = load <16 x float>, ptr %575, align 64
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q162, <16 x float> %bf16155, <16 x float> %544)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q162, <16 x float> %bf16156, <16 x float> %545)
  %578 = getelementptr <16 x float>, ptr %qs, i64 125
  %q163 = load <16 x float>, ptr %578, align 64
  %579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q163, <16 x float> %bf16155, <16 x float> %547)
  %580 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q163, <16 x float> %bf16156, <16 x float> %548)
  %581 = getelementptr <16 x float>, ptr %qs, i64 14
  %q164 = load <16 x float>, ptr %581, align 64
  %582 = getelementptr i8, ptr %81, i64 448
  %583 = load <16 x i16>, ptr %582, align 2
  %584 = zext <16 x i16> %583 to <16 x i32>
  %585 = shl <16 x i32> %584, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16165 = bitcast <16 x i32> %585 to <16 x float>
  %586 = getelementptr i8, ptr %111, i64 448
  %587 = load <16 x i16>, ptr %586, align 2
  %588 = zext <16 x i16> %587 to <16 x i32>
  %589 = shl <16 x i32> %588, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16166 = bitcast <16 x i32> %589 to <16 x float>
  %590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q164, <16 x float> %bf16165, <16 x float> %558)
  %591 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q164, <16 x float> %bf16166, <16 x float> %559)
  %592 = getelementptr <16 x float>, ptr %qs, i64 30
  %q167 = load <16 x float>, ptr %592, align 64
  %593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q167, <16 x float> %bf16165, <16 x float> %561)
  %594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q167, <16 x float> %bf16166, <16 x float> %562)
  %595 = getelementptr <16 x float>, ptr %qs, i64 46
  %q168 = load <16 x float>, ptr %595, align 64
  %596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q168, <16 x float> %bf16165, <16 x float> %564)
  %597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q168, <16 x float> %bf16166, <16 x float> %565)
  %598 = getelementptr <16 x float>, ptr %qs, i64 62
  %q169 = load <16 x float>, ptr %598, align 64
  %599 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q169, <16 x float> %bf16165, <16 x float> %567)
  %600 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q169, <16 x float> %bf16166, <16 x float> %568)
  %601 = getelementptr <16 x float>, ptr %qs, i64 78
  %q170 = load <16 x float>, ptr %601, align 64
  %602 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q170, <16 x float> %bf16165, <16 x float> %570)
  %603 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q170, <16 x float> %bf16166, <16 x float> %571)
  %604 = getelementptr <16 x float>, ptr %qs, i64 94
  %q171 = load <16 x float>, ptr %604, align 64
  %605 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q171, <16 x float> %bf16165, <16 x float> %573)
  %606 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q171, <16 x float> %bf16166, <16 x float> %574)
  %607 = getelementptr <16 x float>, ptr %qs, i64 110
  %q172 = load <16 x float>, ptr %607, align 64
  %608 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q172, <16 x float> %bf16165, <16 x float> %576)
  %609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q172, <16 x float> %bf16166, <16 x float> %577)
  %610 = getelementptr <16 x float>, ptr %qs, i64 126
  %q173 = load <16 x float>, ptr %610, align 64
  %611 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q173, <16 x float> %bf16165, <16 x float> %579)
  %612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q173, <16 x float> %bf16166, <16 x float> %580)
  %613 = getelementptr <16 x float>, ptr %qs, i64 15
  %q174 = load <16 x float>, ptr %613, align 64
  %614 = getelementptr i8, ptr %81, i64 480
  %615 = load <16 x i16>, ptr %614, align 2
  %616 = zext <16 x i16> %615 to <16 x i32>
  %617 = shl <16 x i32> %616, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16175 = bitcast <16 x i32> %617 to <16 x float>
  %618 = getelementptr i8, ptr %111, i64 480
  %619 = load <16 x i16>, ptr %618, align 2
  %620 = zext <16 x i16> %619 to <16 x i32>
  %621 = shl <16 x i32> %620, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16176 = bitcast <16 x i32> %621 to <16 x float>
  %622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q174, <16 x float> %bf16175, <16 x float> %590)
  %623 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q174, <16 x float> %bf16176, <16 x float> %591)
  %624 = getelementptr <16 x float>, ptr %qs, i64 31
  %q177 = load <16 x float>, ptr %624, align 64
  %625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q177, <16 x float> %bf16175, <16 x float> %593)
  %626 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q177, <16 x float> %bf16176, <16 x float> %594)
  %627 = getelementptr <16 x float>, ptr %qs, i64 47
  %q178 = load <16 x float>, ptr %627, align 64
  %628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q178, <16 x float> %bf16175, <16 x float> %596)
  %629 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q178, <16 x float> %bf16176, <16 x float> %597)
  %630 = getelementptr <16 x float>, ptr %qs, i64 63
  %q179 = load <16 x float>, ptr %630, align 64
  %631 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q179, <16 x float> %bf16175, <16 x float> %599)
  %632 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q179, <16 x float> %bf16176, <16 x float> %600)
  %633 = getelementptr <16 x float>, ptr %qs, i64 79
  %q180 = load <16 x float>, ptr %633, align 64
  %634 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q180, <16 x float> %bf16175, <16 x float> %602)
  %635 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q180, <16 x float> %bf16176, <16 x float> %603)
  %636 = getelementptr <16 x float>, ptr %qs, i64 95
  %q181 = load <16 x float>, ptr %636, align 64
  %637 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q181, <16 x float> %bf16175, <16 x float> %605)
  %638 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q181, <16 x float> %bf16176, <16 x float> %606)
  %639 = getelementptr <16 x float>, ptr %qs, i64 111
  %q182 = load <16 x float>, ptr %639, align 64
  %640 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q182, <16 x float> %bf16175, <16 x float> %608)
  %641 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q182, <16 x float> %bf16176, <16 x float> %609)
  %642 = getelementptr <16 x float>, ptr %qs, i64 127
  %q183 = load <16 x float>, ptr %642, align 64
  %643 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q183, <16 x float> %bf16175, <16 x float> %611)
  %644 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q183, <16 x float> %bf16176, <16 x float> %612)
  %645 = sext i32 %kdot18 to i64
  %646 = getelementptr <16 x float>, ptr %dbuf, i64 %645
  store <16 x float> %622, ptr %646, align 64
  %647 = sext i32 %106 to i64
  %648 = getelementptr <16 x float>, ptr %dbuf, i64 %647
  store <16 x float> %623, ptr %648, align 64
  %649 = add i64 32, %645
  %650 = getelementptr <16 x float>, ptr %dbuf, i64 %649
  store <16 x float> %625, ptr %650, align 64
  %651 = add i64 32, %647
  %652 = getelementptr <16 x float>, ptr %dbuf, i64 %651
  store <16 x float> %626, ptr %652, align 64
  %653 = add i64 64, %645
  %654 = getelementptr <16 x float>, ptr %dbuf, i64 %653
  store <16 x float> %628, ptr %654, align 64
  %655 = add i64 64, %647
  %656 = getelementptr <16 x float>, ptr %dbuf, i64 %655
  store <16 x float> %629, ptr %656, align 64
  %657 = add i64 96, %645
  %658 = getelementptr <16 x float>, ptr %dbuf, i64 %657
  store <16 x float> %631, ptr %658, align 64
  %659 = add i64 96, %647
  %660 = getelementptr <16 x float>, ptr %dbuf, i64 %659
  store <16 x float> %632, ptr %660, align 64
  %661 = add i64 128, %645
  %662 = getelementptr <16 x float>, ptr %dbuf, i64 %661
  store <16 x float> %634, ptr %662, align 64
  %663 = add i64 128, %647
  %664 = getelementptr <16 x float>, ptr %dbuf, i64 %663
  store <16 x float> %635, ptr %664, align 64
  %665 = add i64 160, %645
  %666 = getelementptr <16 x float>, ptr %dbuf, i64 %665
  store <16 x float> %637, ptr %666, align 64
  %667 = add i64 160, %647
  %668 = getelementptr <16 x float>, ptr %dbuf, i64 %667
  store <16 x float> %638, ptr %668, align 64
  %669 = add i64 192, %645
  %670 = getelementptr <16 x float>, ptr %dbuf, i64 %669
  store <16 x float> %640, ptr %670, align 64
  %671 = add i64 192, %647
  %672 = getelementptr <16 x float>, ptr %dbuf, i64 %671
  store <16 x float> %641, ptr %672, align 64
  %673 = add i64 224, %645
  %674 = getelementptr <16 x float>, ptr %dbuf, i64 %673
  store <16 x float> %643, ptr %674, align 64
  %675 = add i64 224, %647
  %676 = getelementptr <16 x float>, ptr %dbuf, i64 %675
  store <16 x float> %644, ptr %676, align 64
  %677 = add nsw i32 %kdot18, 2
  br label %kdot

score:                                            ; preds = %kdot, %body184
  %score187 = phi i64 [ %791, %body184 ], [ 0, %kdot ]
  %678 = icmp slt i64 %score187, 16
  br i1 %678, label %body184, label %rmax

body184:                                          ; preds = %score
  %679 = sdiv i64 %score187, 2
  %680 = srem i64 %score187, 2
  %681 = mul i64 %680, 16
  %682 = mul i64 %679, 32
  %683 = add i64 %682, %681
  %684 = getelementptr <16 x float>, ptr %dbuf, i64 %683
  %685 = load <16 x float>, ptr %684, align 64
  %686 = add i64 %683, 1
  %687 = getelementptr <16 x float>, ptr %dbuf, i64 %686
  %688 = load <16 x float>, ptr %687, align 64
  %689 = shufflevector <16 x float> %685, <16 x float> %688, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %690 = shufflevector <16 x float> %685, <16 x float> %688, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %691 = fadd <16 x float> %689, %690
  %692 = add i64 %683, 2
  %693 = getelementptr <16 x float>, ptr %dbuf, i64 %692
  %694 = load <16 x float>, ptr %693, align 64
  %695 = add i64 %683, 3
  %696 = getelementptr <16 x float>, ptr %dbuf, i64 %695
  %697 = load <16 x float>, ptr %696, align 64
  %698 = shufflevector <16 x float> %694, <16 x float> %697, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %699 = shufflevector <16 x float> %694, <16 x float> %697, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %700 = fadd <16 x float> %698, %699
  %701 = shufflevector <16 x float> %691, <16 x float> %700, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %702 = shufflevector <16 x float> %691, <16 x float> %700, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %703 = fadd <16 x float> %701, %702
  %704 = add i64 %683, 4
  %705 = getelementptr <16 x float>, ptr %dbuf, i64 %704
  %706 = load <16 x float>, ptr %705, align 64
  %707 = add i64 %683, 5
  %708 = getelementptr <16 x float>, ptr %dbuf, i64 %707
  %709 = load <16 x float>, ptr %708, align 64
  %710 = shufflevector <16 x float> %706, <16 x float> %709, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %711 = shufflevector <16 x float> %706, <16 x float> %709, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %712 = fadd <16 x float> %710, %711
  %713 = add i64 %683, 6
  %714 = getelementptr <16 x float>, ptr %dbuf, i64 %713
  %715 = load <16 x float>, ptr %714, align 64
  %716 = add i64 %683, 7
  %717 = getelementptr <16 x float>, ptr %dbuf, i64 %716
  %718 = load <16 x float>, ptr %717, align 64
  %719 = shufflevector <16 x float> %715, <16 x float> %718, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %720 = shufflevector <16 x float> %715, <16 x float> %718, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %721 = fadd <16 x float> %719, %720
  %722 = shufflevector <16 x float> %712, <16 x float> %721, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %723 = shufflevector <16 x float> %712, <16 x float> %721, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %724 = fadd <16 x float> %722, %723
  %725 = shufflevector <16 x float> %703, <16 x float> %724, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %726 = shufflevector <16 x float> %703, <16 x float> %724, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %727 = fadd <16 x float> %725, %726
  %728 = add i64 %683, 8
  %729 = getelementptr <16 x float>, ptr %dbuf, i64 %728
  %730 = load <16 x float>, ptr %729, align 64
  %731 = add i64 %683, 9
  %732 = getelementptr <16 x float>, ptr %dbuf, i64 %731
  %733 = load <16 x float>, ptr %732, align 64
  %734 = shufflevector <16 x float> %730, <16 x float> %733, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %735 = shufflevector <16 x float> %730, <16 x float> %733, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %736 = fadd <16 x float> %734, %735
  %737 = add i64 %683, 10
  %738 = getelementptr <16 x float>, ptr %dbuf, i64 %737
  %739 = load <16 x float>, ptr %738, align 64
  %740 = add i64 %683, 11
  %741 = getelementptr <16 x float>, ptr %dbuf, i64 %740
  %742 = load <16 x float>, ptr %741, align 64
  %743 = shufflevector <16 x float> %739, <16 x float> %742, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %744 = shufflevector <16 x float> %739, <16 x float> %742, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %745 = fadd <16 x float> %743, %744
  %746 = shufflevector <16 x float> %736, <16 x float> %745, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %747 = shufflevector <16 x float> %736, <16 x float> %745, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %748 = fadd <16 x float> %746, %747
  %749 = add i64 %683, 12
  %750 = getelementptr <16 x float>, ptr %dbuf, i64 %749
  %751 = load <16 x float>, ptr %750, align 64
  %752 = add i64 %683, 13
  %753 = getelementptr <16 x float>, ptr %dbuf, i64 %752
  %754 = load <16 x float>, ptr %753, align 64
  %755 = shufflevector <16 x float> %751, <16 x float> %754, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %756 = shufflevector <16 x float> %751, <16 x float> %754, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %757 = fadd <16 x float> %755, %756
  %758 = add i64 %683, 14
  %759 = getelementptr <16 x float>, ptr %dbuf, i64 %758
  %760 = load <16 x float>, ptr %759, align 64
  %761 = add i64 %683, 15
  %762 = getelementptr <16 x float>, ptr %dbuf, i64 %761
  %763 = load <16 x float>, ptr %762, align 64
  %764 = shufflevector <16 x float> %760, <16 x float> %763, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %765 = shufflevector <16 x float> %760, <16 x float> %763, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %766 = fadd <16 x float> %764, %765
  %767 = shufflevector <16 x float> %757, <16 x float> %766, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %768 = shufflevector <16 x float> %757, <16 x float> %766, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %769 = fadd <16 x float> %767, %768
  %770 = shufflevector <16 x float> %748, <16 x float> %769, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %771 = shufflevector <16 x float> %748, <16 x float> %769, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %772 = fadd <16 x float> %770, %771
  %773 = shufflevector <16 x float> %727, <16 x float> %772, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %774 = shufflevector <16 x float> %727, <16 x float> %772, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %775 = fadd <16 x float> %773, %774
  %776 = getelementptr i32, ptr %lims, i64 %679
  %777 = load i32, ptr %776, align 4
  %778 = insertelement <16 x i32> poison, i32 %777, i32 0
  %splat188 = shufflevector <16 x i32> %778, <16 x i32> poison, <16 x i32> zeroinitializer
  %779 = trunc i64 %681 to i32
  %780 = add i32 %kblock14, %779
  %781 = insertelement <16 x i32> poison, i32 %780, i32 0
  %splat189 = shufflevector <16 x i32> %781, <16 x i32> poison, <16 x i32> zeroinitializer
  %782 = add <16 x i32> %splat189, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %783 = icmp slt <16 x i32> %782, %splat188
  %784 = select <16 x i1> %783, <16 x float> %775, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %785 = getelementptr float, ptr %pbuf, i64 %683
  store <16 x float> %784, ptr %785, align 64
  %786 = getelementptr <16 x float>, ptr %smax, i64 %679
  %787 = icmp eq i64 %680, 0
  %788 = load <16 x float>, ptr %786, align 64
  %789 = select i1 %787, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %788
  %790 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %789, <16 x float> %784)
  store <16 x float> %790, ptr %786, align 64
  %791 = add nsw i64 %score187, 1
  br label %score

rmax:                                             ; preds = %score, %body190
  %rmax193 = phi i64 [ %828, %body190 ], [ 0, %score ]
  %792 = icmp slt i64 %rmax193, 8
  br i1 %792, label %body190, label %pexp

body190:                                          ; preds = %rmax
  %793 = getelementptr float, ptr %ms, i64 %rmax193
  %m = load float, ptr %793, align 4
  %794 = getelementptr <16 x float>, ptr %smax, i64 %rmax193
  %795 = load <16 x float>, ptr %794, align 64
  %796 = shufflevector <16 x float> %795, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %797 = shufflevector <16 x float> %795, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %798 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %796, <8 x float> %797)
  %799 = shufflevector <8 x float> %798, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %800 = shufflevector <8 x float> %798, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %801 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %799, <4 x float> %800)
  %802 = shufflevector <4 x float> %801, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %803 = shufflevector <4 x float> %801, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %804 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %802, <2 x float> %803)
  %805 = shufflevector <2 x float> %804, <2 x float> undef, <1 x i32> zeroinitializer
  %806 = shufflevector <2 x float> %804, <2 x float> undef, <1 x i32> <i32 1>
  %807 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %805, <1 x float> %806)
  %808 = extractelement <1 x float> %807, i32 0
  %809 = call float @llvm.maxnum.f32(float %m, float %808)
  %810 = fcmp oeq float %809, 0xFFF0000000000000
  %muse194 = select i1 %810, float 0.000000e+00, float %809
  %811 = fsub float %m, %muse194
  %812 = insertelement <16 x float> poison, float %811, i32 0
  %splat195 = shufflevector <16 x float> %812, <16 x float> poison, <16 x i32> zeroinitializer
  %813 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat195, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %814 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %813, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %815 = fadd <16 x float> %814, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %815, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %814, %n
  %816 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %817 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %816, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %818 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %817, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %819 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %818, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %820 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %819, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %821 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %820, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %822 = fptosi <16 x float> %n to <16 x i32>
  %823 = add <16 x i32> %822, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %824 = shl <16 x i32> %823, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %825 = bitcast <16 x i32> %824 to <16 x float>
  %exp2 = fmul <16 x float> %821, %825
  %alpha196 = extractelement <16 x float> %exp2, i32 0
  store float %809, ptr %793, align 4
  %826 = getelementptr float, ptr %muse, i64 %rmax193
  store float %muse194, ptr %826, align 4
  %827 = getelementptr float, ptr %alpha, i64 %rmax193
  store float %alpha196, ptr %827, align 4
  %828 = add nsw i64 %rmax193, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body197
  %pexp200 = phi i64 [ %859, %body197 ], [ 0, %rmax ]
  %829 = icmp slt i64 %pexp200, 16
  br i1 %829, label %body197, label %lsum205

body197:                                          ; preds = %pexp
  %830 = sdiv i64 %pexp200, 2
  %831 = srem i64 %pexp200, 2
  %832 = mul i64 %831, 16
  %833 = mul i64 %830, 32
  %834 = add i64 %833, %832
  %835 = getelementptr float, ptr %pbuf, i64 %834
  %836 = getelementptr float, ptr %muse, i64 %830
  %837 = load float, ptr %836, align 4
  %838 = insertelement <16 x float> poison, float %837, i32 0
  %splat201 = shufflevector <16 x float> %838, <16 x float> poison, <16 x i32> zeroinitializer
  %839 = load <16 x float>, ptr %835, align 64
  %840 = fsub <16 x float> %839, %splat201
  %841 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %840, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %842 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %841, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %843 = fadd <16 x float> %842, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n202 = fsub <16 x float> %843, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f203 = fsub <16 x float> %842, %n202
  %844 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f203, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %845 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %844, <16 x float> %f203, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %846 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %845, <16 x float> %f203, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %847 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %846, <16 x float> %f203, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %848 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %847, <16 x float> %f203, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %849 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %848, <16 x float> %f203, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %850 = fptosi <16 x float> %n202 to <16 x i32>
  %851 = add <16 x i32> %850, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %852 = shl <16 x i32> %851, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %853 = bitcast <16 x i32> %852 to <16 x float>
  %exp2204 = fmul <16 x float> %849, %853
  store <16 x float> %exp2204, ptr %835, align 64
  %854 = getelementptr <16 x float>, ptr %lsum, i64 %830
  %855 = icmp eq i64 %831, 0
  %856 = load <16 x float>, ptr %854, align 64
  %857 = select i1 %855, <16 x float> zeroinitializer, <16 x float> %856
  %858 = fadd <16 x float> %857, %exp2204
  store <16 x float> %858, ptr %854, align 64
  %859 = add nsw i64 %pexp200, 1
  br label %pexp

lsum205:                                          ; preds = %pexp, %body206
  %lsum209 = phi i64 [ %868, %body206 ], [ 0, %pexp ]
  %860 = icmp slt i64 %lsum209, 8
  br i1 %860, label %body206, label %exit208

body206:                                          ; preds = %lsum205
  %861 = getelementptr float, ptr %ls, i64 %lsum209
  %862 = getelementptr float, ptr %alpha, i64 %lsum209
  %863 = load float, ptr %862, align 4
  %864 = getelementptr <16 x float>, ptr %lsum, i64 %lsum209
  %865 = load <16 x float>, ptr %864, align 64
  %866 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %865)
  %l = load float, ptr %861, align 4
  %867 = call float @llvm.fmuladd.f32(float %l, float %863, float %866)
  store float %867, ptr %861, align 4
  %868 = add nsw i64 %lsum209, 1
  br label %lsum205

exit208:                                          ; preds = %lsum205
  %869 = sub i32 %51, %kblock14
  %870 = call i32 @llvm.smin.i32(i32 32, i32 %869)
  br label %pvpass

pvpass:                                           ; preds = %exit224, %exit208
  %pvpass213 = phi i64 [ 0, %exit208 ], [ %1028, %exit224 ]
  %871 = icmp slt i64 %pvpass213, 8
  br i1 %871, label %body210, label %kblock

body210:                                          ; preds = %pvpass
  %c0 = mul i64 %pvpass213, 2
  %c0e = mul i64 %c0, 16
  %872 = mul i64 %c0e, 16
  %873 = sdiv i64 %872, 8
  %874 = load float, ptr %alpha, align 4
  %875 = insertelement <16 x float> poison, float %874, i32 0
  %splat214 = shufflevector <16 x float> %875, <16 x float> poison, <16 x i32> zeroinitializer
  %876 = getelementptr float, ptr %accs, i64 %c0e
  %877 = load <16 x float>, ptr %876, align 64
  %878 = fmul <16 x float> %877, %splat214
  %879 = add i64 %c0e, 16
  %880 = getelementptr float, ptr %accs, i64 %879
  %881 = load <16 x float>, ptr %880, align 64
  %882 = fmul <16 x float> %881, %splat214
  %883 = getelementptr float, ptr %alpha, i64 1
  %884 = load float, ptr %883, align 4
  %885 = insertelement <16 x float> poison, float %884, i32 0
  %splat215 = shufflevector <16 x float> %885, <16 x float> poison, <16 x i32> zeroinitializer
  %886 = add i64 %c0e, 256
  %887 = getelementptr float, ptr %accs, i64 %886
  %888 = load <16 x float>, ptr %887, align 64
  %889 = fmul <16 x float> %888, %splat215
  %890 = add i64 %c0e, 272
  %891 = getelementptr float, ptr %accs, i64 %890
  %892 = load <16 x float>, ptr %891, align 64
  %893 = fmul <16 x float> %892, %splat215
  %894 = getelementptr float, ptr %alpha, i64 2
  %895 = load float, ptr %894, align 4
  %896 = insertelement <16 x float> poison, float %895, i32 0
  %splat216 = shufflevector <16 x float> %896, <16 x float> poison, <16 x i32> zeroinitializer
  %897 = add i64 %c0e, 512
  %898 = getelementptr float, ptr %accs, i64 %897
  %899 = load <16 x float>, ptr %898, align 64
  %900 = fmul <16 x float> %899, %splat216
  %901 = add i64 %c0e, 528
  %902 = getelementptr float, ptr %accs, i64 %901
  %903 = load <16 x float>, ptr %902, align 64
  %904 = fmul <16 x float> %903, %splat216
  %905 = getelementptr float, ptr %alpha, i64 3
  %906 = load float, ptr %905, align 4
  %907 = insertelement <16 x float> poison, float %906, i32 0
  %splat217 = shufflevector <16 x float> %907, <16 x float> poison, <16 x i32> zeroinitializer
  %908 = add i64 %c0e, 768
  %909 = getelementptr float, ptr %accs, i64 %908
  %910 = load <16 x float>, ptr %909, align 64
  %911 = fmul <16 x float> %910, %splat217
  %912 = add i64 %c0e, 784
  %913 = getelementptr float, ptr %accs, i64 %912
  %914 = load <16 x float>, ptr %913, align 64
  %915 = fmul <16 x float> %914, %splat217
  %916 = getelementptr float, ptr %alpha, i64 4
  %917 = load float, ptr %916, align 4
  %918 = insertelement <16 x float> poison, float %917, i32 0
  %splat218 = shufflevector <16 x float> %918, <16 x float> poison, <16 x i32> zeroinitializer
  %919 = add i64 %c0e, 1024
  %920 = getelementptr float, ptr %accs, i64 %919
  %921 = load <16 x float>, ptr %920, align 64
  %922 = fmul <16 x float> %921, %splat218
  %923 = add i64 %c0e, 1040
  %924 = getelementptr float, ptr %accs, i64 %923
  %925 = load <16 x float>, ptr %924, align 64
  %926 = fmul <16 x float> %925, %splat218
  %927 = getelementptr float, ptr %alpha, i64 5
  %928 = load float, ptr %927, align 4
  %929 = insertelement <16 x float> poison, float %928, i32 0
  %splat219 = shufflevector <16 x float> %929, <16 x float> poison, <16 x i32> zeroinitializer
  %930 = add i64 %c0e, 1280
  %931 = getelementptr float, ptr %accs, i64 %930
  %932 = load <16 x float>, ptr %931, align 64
  %933 = fmul <16 x float> %932, %splat219
  %934 = add i64 %c0e, 1296
  %935 = getelementptr float, ptr %accs, i64 %934
  %936 = load <16 x float>, ptr %935, align 64
  %937 = fmul <16 x float> %936, %splat219
  %938 = getelementptr float, ptr %alpha, i64 6
  %939 = load float, ptr %938, align 4
  %940 = insertelement <16 x float> poison, float %939, i32 0
  %splat220 = shufflevector <16 x float> %940, <16 x float> poison, <16 x i32> zeroinitializer
  %941 = add i64 %c0e, 1536
  %942 = getelementptr float, ptr %accs, i64 %941
  %943 = load <16 x float>, ptr %942, align 64
  %944 = fmul <16 x float> %943, %splat220
  %945 = add i64 %c0e, 1552
  %946 = getelementptr float, ptr %accs, i64 %945
  %947 = load <16 x float>, ptr %946, align 64
  %948 = fmul <16 x float> %947, %splat220
  %949 = getelementptr float, ptr %alpha, i64 7
  %950 = load float, ptr %949, align 4
  %951 = insertelement <16 x float> poison, float %950, i32 0
  %splat221 = shufflevector <16 x float> %951, <16 x float> poison, <16 x i32> zeroinitializer
  %952 = add i64 %c0e, 1792
  %953 = getelementptr float, ptr %accs, i64 %952
  %954 = load <16 x float>, ptr %953, align 64
  %955 = fmul <16 x float> %954, %splat221
  %956 = add i64 %c0e, 1808
  %957 = getelementptr float, ptr %accs, i64 %956
  %958 = load <16 x float>, ptr %957, align 64
  %959 = fmul <16 x float> %958, %splat221
  br label %kpv

kpv:                                              ; preds = %body222, %body210
  %pacc.sroa.60.0 = phi <16 x float> [ %959, %body210 ], [ %1026, %body222 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %955, %body210 ], [ %1013, %body222 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %948, %body210 ], [ %1025, %body222 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %944, %body210 ], [ %1012, %body222 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %937, %body210 ], [ %1024, %body222 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %933, %body210 ], [ %1011, %body222 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %926, %body210 ], [ %1023, %body222 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %922, %body210 ], [ %1010, %body222 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %915, %body210 ], [ %1022, %body222 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %911, %body210 ], [ %1009, %body222 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %904, %body210 ], [ %1021, %body222 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %900, %body210 ], [ %1008, %body222 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %893, %body210 ], [ %1020, %body222 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %889, %body210 ], [ %1007, %body222 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %882, %body210 ], [ %1019, %body222 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %878, %body210 ], [ %1006, %body222 ]
  %kpv225 = phi i32 [ 0, %body210 ], [ %1027, %body222 ]
  %960 = icmp slt i32 %kpv225, %870
  br i1 %960, label %body222, label %exit224

body222:                                          ; preds = %kpv
  %961 = add i32 %kblock14, %kpv225
  %962 = sext i32 %961 to i64
  %row226 = add i64 %23, %962
  %963 = mul i64 %row226, 512
  %964 = getelementptr i8, ptr %25, i64 %963
  %965 = add i32 %961, 8
  %966 = call i32 @llvm.smin.i32(i32 %965, i32 %k_last)
  %967 = sext i32 %966 to i64
  %row227 = add i64 %23, %967
  %968 = mul i64 %row227, 512
  %969 = getelementptr i8, ptr %25, i64 %968
  %970 = getelementptr i8, ptr %969, i64 %873
  call void @llvm.prefetch.p0(ptr %970, i32 0, i32 3, i32 1)
  %971 = add i32 %75, %kpv225
  %972 = call i32 @llvm.smin.i32(i32 %971, i32 %k_last)
  %973 = sext i32 %972 to i64
  %row228 = add i64 %23, %973
  %974 = mul i64 %row228, 512
  %975 = getelementptr i8, ptr %25, i64 %974
  %976 = getelementptr i8, ptr %975, i64 %873
  call void @llvm.prefetch.p0(ptr %976, i32 0, i32 2, i32 1)
  %977 = sext i32 %kpv225 to i64
  %978 = getelementptr float, ptr %pbuf, i64 %977
  %p = load float, ptr %978, align 4
  %979 = insertelement <16 x float> poison, float %p, i32 0
  %splat229 = shufflevector <16 x float> %979, <16 x float> poison, <16 x i32> zeroinitializer
  %980 = add i64 32, %977
  %981 = getelementptr float, ptr %pbuf, i64 %980
  %p230 = load float, ptr %981, align 4
  %982 = insertelement <16 x float> poison, float %p230, i32 0
  %splat231 = shufflevector <16 x float> %982, <16 x float> poison, <16 x i32> zeroinitializer
  %983 = add i64 64, %977
  %984 = getelementptr float, ptr %pbuf, i64 %983
  %p232 = load float, ptr %984, align 4
  %985 = insertelement <16 x float> poison, float %p232, i32 0
  %splat233 = shufflevector <16 x float> %985, <16 x float> poison, <16 x i32> zeroinitializer
  %986 = add i64 96, %977
  %987 = getelementptr float, ptr %pbuf, i64 %986
  %p234 = load float, ptr %987, align 4
  %988 = insertelement <16 x float> poison, float %p234, i32 0
  %splat235 = shufflevector <16 x float> %988, <16 x float> poison, <16 x i32> zeroinitializer
  %989 = add i64 128, %977
  %990 = getelementptr float, ptr %pbuf, i64 %989
  %p236 = load float, ptr %990, align 4
  %991 = insertelement <16 x float> poison, float %p236, i32 0
  %splat237 = shufflevector <16 x float> %991, <16 x float> poison, <16 x i32> zeroinitializer
  %992 = add i64 160, %977
  %993 = getelementptr float, ptr %pbuf, i64 %992
  %p238 = load float, ptr %993, align 4
  %994 = insertelement <16 x float> poison, float %p238, i32 0
  %splat239 = shufflevector <16 x float> %994, <16 x float> poison, <16 x i32> zeroinitializer
  %995 = add i64 192, %977
  %996 = getelementptr float, ptr %pbuf, i64 %995
  %p240 = load float, ptr %996, align 4
  %997 = insertelement <16 x float> poison, float %p240, i32 0
  %splat241 = shufflevector <16 x float> %997, <16 x float> poison, <16 x i32> zeroinitializer
  %998 = add i64 224, %977
  %999 = getelementptr float, ptr %pbuf, i64 %998
  %p242 = load float, ptr %999, align 4
  %1000 = insertelement <16 x float> poison, float %p242, i32 0
  %splat243 = shufflevector <16 x float> %1000, <16 x float> poison, <16 x i32> zeroinitializer
  %1001 = mul i64 %c0e, 2
  %1002 = getelementptr i8, ptr %964, i64 %1001
  %1003 = load <16 x i16>, ptr %1002, align 2
  %1004 = zext <16 x i16> %1003 to <16 x i32>
  %1005 = shl <16 x i32> %1004, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16244 = bitcast <16 x i32> %1005 to <16 x float>
  %1006 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat229, <16 x float> %bf16244, <16 x float> %pacc.sroa.0.0)
  %1007 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat231, <16 x float> %bf16244, <16 x float> %pacc.sroa.8.0)
  %1008 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat233, <16 x float> %bf16244, <16 x float> %pacc.sroa.16.0)
  %1009 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat235, <16 x float> %bf16244, <16 x float> %pacc.sroa.24.0)
  %1010 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat237, <16 x float> %bf16244, <16 x float> %pacc.sroa.32.0)
  %1011 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat239, <16 x float> %bf16244, <16 x float> %pacc.sroa.40.0)
  %1012 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat241, <16 x float> %bf16244, <16 x float> %pacc.sroa.48.0)
  %1013 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat243, <16 x float> %bf16244, <16 x float> %pacc.sroa.56.0)
  %1014 = mul i64 %879, 2
  %1015 = getelementptr i8, ptr %964, i64 %1014
  %1016 = load <16 x i16>, ptr %1015, align 2
  %1017 = zext <16 x i16> %1016 to <16 x i32>
  %1018 = shl <16 x i32> %1017, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16245 = bitcast <16 x i32> %1018 to <16 x float>
  %1019 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat229, <16 x float> %bf16245, <16 x float> %pacc.sroa.4.0)
  %1020 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat231, <16 x float> %bf16245, <16 x float> %pacc.sroa.12.0)
  %1021 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat233, <16 x float> %bf16245, <16 x float> %pacc.sroa.20.0)
  %1022 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat235, <16 x float> %bf16245, <16 x float> %pacc.sroa.28.0)
  %1023 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat237, <16 x float> %bf16245, <16 x float> %pacc.sroa.36.0)
  %1024 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat239, <16 x float> %bf16245, <16 x float> %pacc.sroa.44.0)
  %1025 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat241, <16 x float> %bf16245, <16 x float> %pacc.sroa.52.0)
  %1026 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat243, <16 x float> %bf16245, <16 x float> %pacc.sroa.60.0)
  %1027 = add nsw i32 %kpv225, 1
  br label %kpv

exit224:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %876, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %880, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %887, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %891, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %898, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %902, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %909, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %913, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %920, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %924, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %931, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %935, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %942, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %946, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %953, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %957, align 64
  %1028 = add nsw i64 %pvpass213, 1
  br label %pvpass

orow246:                                          ; preds = %kblock, %written
  %orow250 = phi i32 [ %1052, %written ], [ 0, %kblock ]
  %1029 = icmp slt i32 %orow250, %nrows
  br i1 %1029, label %body247, label %done

body247:                                          ; preds = %orow246
  %1030 = sext i32 %orow250 to i64
  %1031 = getelementptr float, ptr %ms, i64 %1030
  %m251 = load float, ptr %1031, align 4
  %1032 = getelementptr float, ptr %ls, i64 %1030
  %l252 = load float, ptr %1032, align 4
  %1033 = mul i64 %1030, 256
  %1034 = getelementptr float, ptr %accs, i64 %1033
  %1035 = icmp ne ptr %part, null
  br i1 %1035, label %partial, label %final

partial:                                          ; preds = %body247
  %1036 = sext i32 %nrows to i64
  %1037 = getelementptr float, ptr %part, i64 %1033
  br label %chunk253

final:                                            ; preds = %body247
  %1038 = sdiv i32 %orow250, %nh
  %qi258 = add i32 %q_begin, %1038
  %1039 = srem i32 %orow250, %nh
  %1040 = add i32 %h_begin, %1039
  %1041 = mul i32 %kv_head, 8
  %hq259 = add i32 %1041, %1040
  %1042 = sext i32 %qi258 to i64
  %1043 = add i64 %q_row0, %1042
  %1044 = mul i64 %1043, 8
  %1045 = sext i32 %hq259 to i64
  %orow260 = add i64 %1044, %1045
  %1046 = fcmp oeq float %l252, 0.000000e+00
  %1047 = fdiv float 1.000000e+00, %l252
  %1048 = select i1 %1046, float 0.000000e+00, float %1047
  %1049 = mul i64 %orow260, 512
  %1050 = getelementptr i8, ptr %out, i64 %1049
  %1051 = insertelement <16 x float> poison, float %1048, i32 0
  %splat261 = shufflevector <16 x float> %1051, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk262

written:                                          ; preds = %chunk262, %exit256
  %1052 = add nsw i32 %orow250, 1
  br label %orow246

chunk253:                                         ; preds = %body254, %partial
  %chunk257 = phi i64 [ 0, %partial ], [ %1058, %body254 ]
  %1053 = icmp slt i64 %chunk257, 16
  br i1 %1053, label %body254, label %exit256

body254:                                          ; preds = %chunk253
  %1054 = getelementptr <16 x float>, ptr %1034, i64 %chunk257
  %1055 = load <16 x float>, ptr %1054, align 64
  %1056 = mul i64 %chunk257, 64
  %1057 = getelementptr i8, ptr %1037, i64 %1056
  store <16 x float> %1055, ptr %1057, align 4
  %1058 = add nsw i64 %chunk257, 1
  br label %chunk253

exit256:                                          ; preds = %chunk253
  %1059 = mul i64 %1036, 256
  %1060 = add i64 %1059, %1030
  %1061 = getelementptr float, ptr %part, i64 %1060
  store float %m251, ptr %1061, align 4
  %1062 = add i64 %1060, %1036
  %1063 = getelementptr float, ptr %part, i64 %1062
  store float %l252, ptr %1063, align 4
  br label %written

chunk262:                                         ; preds = %body263, %final
  %chunk266 = phi i64 [ 0, %final ], [ %1080, %body263 ]
  %1064 = icmp slt i64 %chunk266, 16
  br i1 %1064, label %body263, label %written

body263:                                          ; preds = %chunk262
  %1065 = getelementptr <16 x float>, ptr %1034, i64 %chunk266
  %1066 = load <16 x float>, ptr %1065, align 64
  %1067 = fmul <16 x float> %1066, %splat261
  %1068 = mul i64 %chunk266, 32
  %1069 = getelementptr i8, ptr %1050, i64 %1068
  %1070 = bitcast <16 x float> %1067 to <16 x i32>
  %1071 = lshr <16 x i32> %1070, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %1072 = and <16 x i32> %1071, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1073 = add <16 x i32> %1072, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %1074 = add <16 x i32> %1070, %1073
  %1075 = lshr <16 x i32> %1074, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %1076 = fcmp uno <16 x float> %1067, %1067
  %1077 = or <16 x i32> %1071, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %1078 = select <16 x i1> %1076, <16 x i32> %1077, <16 x i32> %1075
  %1079 = trunc <16 x i32> %1078 to <16 x i16>
  store <16 x i16> %1079, ptr %1069, align 2
  %1080 = add nsw i64 %chunk266, 1
  br label %chunk262
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nounwind
define internal void @prefix_lm_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca [4 x <16 x float>], align 64
  %mv = alloca [4 x <16 x float>], align 64
  %lims = alloca [64 x i32], align 64
  %rowbuf = alloca [16 x <16 x float>], align 64
  %ot = alloca [65536 x i8], align 64
  %st = alloca [4608 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [36864 x i8], align 64
  %qt = alloca [65536 x i8], align 64
  %ls = alloca [64 x float], align 64
  %ms = alloca [64 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %one = icmp eq i32 %8, 1
  br i1 %one, label %one_query, label %rows

common.ret:                                       ; preds = %orow144, %rows, %one_query
  ret void

one_query:                                        ; preds = %entry
  call void @prefix_lm_tile_one(ptr %0, ptr %1)
  br label %common.ret

rows:                                             ; preds = %entry
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 44
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = sext i32 %seq to i64
  %15 = getelementptr i8, ptr %0, i64 160
  %prefix_len = load ptr, ptr %15, align 8
  %16 = getelementptr i32, ptr %prefix_len, i64 %14
  %prefix = load i32, ptr %16, align 4
  %17 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %17, align 8
  %18 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %18, align 8
  %19 = getelementptr i8, ptr %0, i64 48
  %20 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %20, align 8
  %21 = mul i64 %14, 2097152
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = sext i32 %kv_head to i64
  %24 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %24, align 8
  %25 = getelementptr i8, ptr %v_cache, i64 %21
  %26 = icmp sgt i32 %nrows, 0
  br i1 %26, label %qrow, label %common.ret

qrow:                                             ; preds = %rows, %exit8
  %qrow1 = phi i32 [ %71, %exit8 ], [ 0, %rows ]
  %27 = icmp slt i32 %qrow1, 64
  br i1 %27, label %body, label %otzero

body:                                             ; preds = %qrow
  %28 = icmp slt i32 %qrow1, %nrows
  %29 = sub i32 %nrows, 1
  %30 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %29)
  %31 = sdiv i32 %30, %nh
  %qi = add i32 %q_begin, %31
  %32 = srem i32 %30, %nh
  %33 = add i32 %h_begin, %32
  %34 = mul i32 %kv_head, 8
  %hq = add i32 %34, %33
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = mul i64 %36, 8
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 512
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %28, float 0x3FB7154760000000, float 0.000000e+00
  %42 = insertelement <16 x float> poison, float %41, i32 0
  %splat = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %51, %body2 ]
  %43 = icmp slt i64 %chunk5, 16
  br i1 %43, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %44 = mul i64 %chunk5, 32
  %45 = getelementptr i8, ptr %40, i64 %44
  %46 = load <16 x i16>, ptr %45, align 2
  %47 = zext <16 x i16> %46 to <16 x i32>
  %48 = shl <16 x i32> %47, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %48 to <16 x float>
  %49 = fmul <16 x float> %bf16, %splat
  %50 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %49, ptr %50, align 64
  %51 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %52 = sext i32 %qrow1 to i64
  %53 = getelementptr i32, ptr %lims, i64 %52
  %qpos = add i32 %q_pos0, %qi
  %54 = add i32 %qpos, 1
  %55 = call i32 @llvm.smax.i32(i32 %54, i32 %prefix)
  %56 = call i32 @llvm.smin.i32(i32 %55, i32 %k_end)
  store i32 %56, ptr %53, align 4
  %57 = sdiv i32 %qrow1, 32
  %58 = sext i32 %57 to i64
  %59 = mul i64 %58, 8192
  %60 = getelementptr i32, ptr %qt, i64 %59
  %61 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %70, %body6 ]
  %62 = icmp slt i32 %qcol9, 256
  br i1 %62, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %63 = sext i32 %qcol9 to i64
  %64 = getelementptr i32, ptr %rowbuf, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = sext i32 %61 to i64
  %67 = mul i64 %63, 32
  %68 = add i64 %67, %66
  %69 = getelementptr i32, ptr %60, i64 %68
  store float %65, ptr %69, align 4
  %70 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %71 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %76, %body10 ], [ 0, %qrow ]
  %72 = icmp slt i32 %otzero13, 1024
  br i1 %72, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %73 = sext i32 %otzero13 to i64
  %74 = mul i64 %73, 16
  %75 = getelementptr i32, ptr %ot, i64 %74
  store <16 x float> zeroinitializer, ptr %75, align 64
  %76 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %77 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %82, align 64
  %83 = sub i32 %nrows, 1
  %84 = sdiv i32 %83, %nh
  %85 = add i32 %q_begin, %84
  %qpos14 = add i32 %q_pos0, %85
  %86 = add i32 %qpos14, 1
  %87 = call i32 @llvm.smax.i32(i32 %86, i32 %prefix)
  %88 = call i32 @llvm.smin.i32(i32 %87, i32 %k_end)
  %k_last = sub i32 %88, 1
  br label %ktile

ktile:                                            ; preds = %exit62, %exit12
  %ktile18 = phi i32 [ %k_begin, %exit12 ], [ %298, %exit62 ]
  %89 = icmp slt i32 %ktile18, %88
  br i1 %89, label %body15, label %exit17

body15:                                           ; preds = %ktile
  %90 = sub i32 %88, %ktile18
  %91 = call i32 @llvm.smin.i32(i32 24, i32 %90)
  %92 = add i32 %91, 11
  %93 = sdiv i32 %92, 12
  %94 = mul i32 %93, 12
  br label %kpack

exit17:                                           ; preds = %ktile
  %95 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %95, ptr %ms, align 64
  %96 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %96, ptr %ls, align 64
  %97 = getelementptr float, ptr %ms, i64 16
  %98 = load <16 x float>, ptr %77, align 64
  store <16 x float> %98, ptr %97, align 64
  %99 = getelementptr float, ptr %ls, i64 16
  %100 = load <16 x float>, ptr %78, align 64
  store <16 x float> %100, ptr %99, align 64
  %101 = getelementptr float, ptr %ms, i64 32
  %102 = load <16 x float>, ptr %79, align 64
  store <16 x float> %102, ptr %101, align 64
  %103 = getelementptr float, ptr %ls, i64 32
  %104 = load <16 x float>, ptr %80, align 64
  store <16 x float> %104, ptr %103, align 64
  %105 = getelementptr float, ptr %ms, i64 48
  %106 = load <16 x float>, ptr %81, align 64
  store <16 x float> %106, ptr %105, align 64
  %107 = getelementptr float, ptr %ls, i64 48
  %108 = load <16 x float>, ptr %82, align 64
  store <16 x float> %108, ptr %107, align 64
  br label %orow144

kpack:                                            ; preds = %body19, %body15
  %kpack22 = phi i32 [ 0, %body15 ], [ %196, %body19 ]
  %109 = icmp slt i32 %kpack22, %94
  br i1 %109, label %body19, label %vpack

body19:                                           ; preds = %kpack
  %110 = add i32 %ktile18, %kpack22
  %111 = call i32 @llvm.smin.i32(i32 %110, i32 %k_last)
  %112 = sext i32 %111 to i64
  %row = add i64 %23, %112
  %113 = mul i64 %row, 512
  %114 = getelementptr i8, ptr %22, i64 %113
  %115 = sext i32 %kpack22 to i64
  %116 = mul i64 %115, 256
  %117 = getelementptr i32, ptr %kbuf, i64 %116
  %118 = load <16 x i16>, ptr %114, align 2
  %119 = zext <16 x i16> %118 to <16 x i32>
  %120 = shl <16 x i32> %119, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1623 = bitcast <16 x i32> %120 to <16 x float>
  store <16 x float> %bf1623, ptr %117, align 64
  %121 = getelementptr i8, ptr %114, i64 32
  %122 = load <16 x i16>, ptr %121, align 2
  %123 = zext <16 x i16> %122 to <16 x i32>
  %124 = shl <16 x i32> %123, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1624 = bitcast <16 x i32> %124 to <16 x float>
  %125 = getelementptr i8, ptr %117, i64 64
  store <16 x float> %bf1624, ptr %125, align 64
  %126 = getelementptr i8, ptr %114, i64 64
  %127 = load <16 x i16>, ptr %126, align 2
  %128 = zext <16 x i16> %127 to <16 x i32>
  %129 = shl <16 x i32> %128, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1625 = bitcast <16 x i32> %129 to <16 x float>
  %130 = getelementptr i8, ptr %117, i64 128
  store <16 x float> %bf1625, ptr %130, align 64
  %131 = getelementptr i8, ptr %114, i64 96
  %132 = load <16 x i16>, ptr %131, align 2
  %133 = zext <16 x i16> %132 to <16 x i32>
  %134 = shl <16 x i32> %133, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1626 = bitcast <16 x i32> %134 to <16 x float>
  %135 = getelementptr i8, ptr %117, i64 192
  store <16 x float> %bf1626, ptr %135, align 64
  %136 = getelementptr i8, ptr %114, i64 128
  %137 = load <16 x i16>, ptr %136, align 2
  %138 = zext <16 x i16> %137 to <16 x i32>
  %139 = shl <16 x i32> %138, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1627 = bitcast <16 x i32> %139 to <16 x float>
  %140 = getelementptr i8, ptr %117, i64 256
  store <16 x float> %bf1627, ptr %140, align 64
  %141 = getelementptr i8, ptr %114, i64 160
  %142 = load <16 x i16>, ptr %141, align 2
  %143 = zext <16 x i16> %142 to <16 x i32>
  %144 = shl <16 x i32> %143, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1628 = bitcast <16 x i32> %144 to <16 x float>
  %145 = getelementptr i8, ptr %117, i64 320
  store <16 x float> %bf1628, ptr %145, align 64
  %146 = getelementptr i8, ptr %114, i64 192
  %147 = load <16 x i16>, ptr %146, align 2
  %148 = zext <16 x i16> %147 to <16 x i32>
  %149 = shl <16 x i32> %148, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1629 = bitcast <16 x i32> %149 to <16 x float>
  %150 = getelementptr i8, ptr %117, i64 384
  store <16 x float> %bf1629, ptr %150, align 64
  %151 = getelementptr i8, ptr %114, i64 224
  %152 = load <16 x i16>, ptr %151, align 2
  %153 = zext <16 x i16> %152 to <16 x i32>
  %154 = shl <16 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %154 to <16 x float>
  %155 = getelementptr i8, ptr %117, i64 448
  store <16 x float> %bf1630, ptr %155, align 64
  %156 = getelementptr i8, ptr %114, i64 256
  %157 = load <16 x i16>, ptr %156, align 2
  %158 = zext <16 x i16> %157 to <16 x i32>
  %159 = shl <16 x i32> %158, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %159 to <16 x float>
  %160 = getelementptr i8, ptr %117, i64 512
  store <16 x float> %bf1631, ptr %160, align 64
  %161 = getelementptr i8, ptr %114, i64 288
  %162 = load <16 x i16>, ptr %161, align 2
  %163 = zext <16 x i16> %162 to <16 x i32>
  %164 = shl <16 x i32> %163, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %164 to <16 x float>
  %165 = getelementptr i8, ptr %117, i64 576
  store <16 x float> %bf1632, ptr %165, align 64
  %166 = getelementptr i8, ptr %114, i64 320
  %167 = load <16 x i16>, ptr %166, align 2
  %168 = zext <16 x i16> %167 to <16 x i32>
  %169 = shl <16 x i32> %168, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1633 = bitcast <16 x i32> %169 to <16 x float>
  %170 = getelementptr i8, ptr %117, i64 640
  store <16 x float> %bf1633, ptr %170, align 64
  %171 = getelementptr i8, ptr %114, i64 352
  %172 = load <16 x i16>, ptr %171, align 2
  %173 = zext <16 x i16> %172 to <16 x i32>
  %174 = shl <16 x i32> %173, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1634 = bitcast <16 x i32> %174 to <16 x float>
  %175 = getelementptr i8, ptr %117, i64 704
  store <16 x float> %bf1634, ptr %175, align 64
  %176 = getelementptr i8, ptr %114, i64 384
  %177 = load <16 x i16>, ptr %176, align 2
  %178 = zext <16 x i16> %177 to <16 x i32>
  %179 = shl <16 x i32> %178, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1635 = bitcast <16 x i32> %179 to <16 x float>
  %180 = getelementptr i8, ptr %117, i64 768
  store <16 x float> %bf1635, ptr %180, align 64
  %181 = getelementptr i8, ptr %114, i64 416
  %182 = load <16 x i16>, ptr %181, align 2
  %183 = zext <16 x i16> %182 to <16 x i32>
  %184 = shl <16 x i32> %183, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1636 = bitcast <16 x i32> %184 to <16 x float>
  %185 = getelementptr i8, ptr %117, i64 832
  store <16 x float> %bf1636, ptr %185, align 64
  %186 = getelementptr i8, ptr %114, i64 448
  %187 = load <16 x i16>, ptr %186, align 2
  %188 = zext <16 x i16> %187 to <16 x i32>
  %189 = shl <16 x i32> %188, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1637 = bitcast <16 x i32> %189 to <16 x float>
  %190 = getelementptr i8, ptr %117, i64 896
  store <16 x float> %bf1637, ptr %190, align 64
  %191 = getelementptr i8, ptr %114, i64 480
  %192 = load <16 x i16>, ptr %191, align 2
  %193 = zext <16 x i16> %192 to <16 x i32>
  %194 = shl <16 x i32> %193, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1638 = bitcast <16 x i32> %194 to <16 x float>
  %195 = getelementptr i8, ptr %117, i64 960
  store <16 x float> %bf1638, ptr %195, align 64
  %196 = add nsw i32 %kpack22, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body39
  %vpack42 = phi i32 [ %283, %body39 ], [ 0, %kpack ]
  %197 = icmp slt i32 %vpack42, %91
  br i1 %197, label %body39, label %exit41

body39:                                           ; preds = %vpack
  %198 = add i32 %ktile18, %vpack42
  %199 = sext i32 %198 to i64
  %row43 = add i64 %23, %199
  %200 = mul i64 %row43, 512
  %201 = getelementptr i8, ptr %25, i64 %200
  %202 = sext i32 %vpack42 to i64
  %203 = mul i64 %202, 256
  %204 = getelementptr i32, ptr %vbuf, i64 %203
  %205 = load <16 x i16>, ptr %201, align 2
  %206 = zext <16 x i16> %205 to <16 x i32>
  %207 = shl <16 x i32> %206, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1644 = bitcast <16 x i32> %207 to <16 x float>
  store <16 x float> %bf1644, ptr %204, align 64
  %208 = getelementptr i8, ptr %201, i64 32
  %209 = load <16 x i16>, ptr %208, align 2
  %210 = zext <16 x i16> %209 to <16 x i32>
  %211 = shl <16 x i32> %210, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1645 = bitcast <16 x i32> %211 to <16 x float>
  %212 = getelementptr i8, ptr %204, i64 64
  store <16 x float> %bf1645, ptr %212, align 64
  %213 = getelementptr i8, ptr %201, i64 64
  %214 = load <16 x i16>, ptr %213, align 2
  %215 = zext <16 x i16> %214 to <16 x i32>
  %216 = shl <16 x i32> %215, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1646 = bitcast <16 x i32> %216 to <16 x float>
  %217 = getelementptr i8, ptr %204, i64 128
  store <16 x float> %bf1646, ptr %217, align 64
  %218 = getelementptr i8, ptr %201, i64 96
  %219 = load <16 x i16>, ptr %218, align 2
  %220 = zext <16 x i16> %219 to <16 x i32>
  %221 = shl <16 x i32> %220, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1647 = bitcast <16 x i32> %221 to <16 x float>
  %222 = getelementptr i8, ptr %204, i64 192
  store <16 x float> %bf1647, ptr %222, align 64
  %223 = getelementptr i8, ptr %201, i64 128
  %224 = load <16 x i16>, ptr %223, align 2
  %225 = zext <16 x i16> %224 to <16 x i32>
  %226 = shl <16 x i32> %225, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1648 = bitcast <16 x i32> %226 to <16 x float>
  %227 = getelementptr i8, ptr %204, i64 256
  store <16 x float> %bf1648, ptr %227, align 64
  %228 = getelementptr i8, ptr %201, i64 160
  %229 = load <16 x i16>, ptr %228, align 2
  %230 = zext <16 x i16> %229 to <16 x i32>
  %231 = shl <16 x i32> %230, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1649 = bitcast <16 x i32> %231 to <16 x float>
  %232 = getelementptr i8, ptr %204, i64 320
  store <16 x float> %bf1649, ptr %232, align 64
  %233 = getelementptr i8, ptr %201, i64 192
  %234 = load <16 x i16>, ptr %233, align 2
  %235 = zext <16 x i16> %234 to <16 x i32>
  %236 = shl <16 x i32> %235, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1650 = bitcast <16 x i32> %236 to <16 x float>
  %237 = getelementptr i8, ptr %204, i64 384
  store <16 x float> %bf1650, ptr %237, align 64
  %238 = getelementptr i8, ptr %201, i64 224
  %239 = load <16 x i16>, ptr %238, align 2
  %240 = zext <16 x i16> %239 to <16 x i32>
  %241 = shl <16 x i32> %240, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1651 = bitcast <16 x i32> %241 to <16 x float>
  %242 = getelementptr i8, ptr %204, i64 448
  store <16 x float> %bf1651, ptr %242, align 64
  %243 = getelementptr i8, ptr %201, i64 256
  %244 = load <16 x i16>, ptr %243, align 2
  %245 = zext <16 x i16> %244 to <16 x i32>
  %246 = shl <16 x i32> %245, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1652 = bitcast <16 x i32> %246 to <16 x float>
  %247 = getelementptr i8, ptr %204, i64 512
  store <16 x float> %bf1652, ptr %247, align 64
  %248 = getelementptr i8, ptr %201, i64 288
  %249 = load <16 x i16>, ptr %248, align 2
  %250 = zext <16 x i16> %249 to <16 x i32>
  %251 = shl <16 x i32> %250, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1653 = bitcast <16 x i32> %251 to <16 x float>
  %252 = getelementptr i8, ptr %204, i64 576
  store <16 x float> %bf1653, ptr %252, align 64
  %253 = getelementptr i8, ptr %201, i64 320
  %254 = load <16 x i16>, ptr %253, align 2
  %255 = zext <16 x i16> %254 to <16 x i32>
  %256 = shl <16 x i32> %255, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1654 = bitcast <16 x i32> %256 to <16 x float>
  %257 = getelementptr i8, ptr %204, i64 640
  store <16 x float> %bf1654, ptr %257, align 64
  %258 = getelementptr i8, ptr %201, i64 352
  %259 = load <16 x i16>, ptr %258, align 2
  %260 = zext <16 x i16> %259 to <16 x i32>
  %261 = shl <16 x i32> %260, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1655 = bitcast <16 x i32> %261 to <16 x float>
  %262 = getelementptr i8, ptr %204, i64 704
  store <16 x float> %bf1655, ptr %262, align 64
  %263 = getelementptr i8, ptr %201, i64 384
  %264 = load <16 x i16>, ptr %263, align 2
  %265 = zext <16 x i16> %264 to <16 x i32>
  %266 = shl <16 x i32> %265, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1656 = bitcast <16 x i32> %266 to <16 x float>
  %267 = getelementptr i8, ptr %204, i64 768
  store <16 x float> %bf1656, ptr %267, align 64
  %268 = getelementptr i8, ptr %201, i64 416
  %269 = load <16 x i16>, ptr %268, align 2
  %270 = zext <16 x i16> %269 to <16 x i32>
  %271 = shl <16 x i32> %270, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1657 = bitcast <16 x i32> %271 to <16 x float>
  %272 = getelementptr i8, ptr %204, i64 832
  store <16 x float> %bf1657, ptr %272, align 64
  %273 = getelementptr i8, ptr %201, i64 448
  %274 = load <16 x i16>, ptr %273, align 2
  %275 = zext <16 x i16> %274 to <16 x i32>
  %276 = shl <16 x i32> %275, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1658 = bitcast <16 x i32> %276 to <16 x float>
  %277 = getelementptr i8, ptr %204, i64 896
  store <16 x float> %bf1658, ptr %277, align 64
  %278 = getelementptr i8, ptr %201, i64 480
  %279 = load <16 x i16>, ptr %278, align 2
  %280 = zext <16 x i16> %279 to <16 x i32>
  %281 = shl <16 x i32> %280, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1659 = bitcast <16 x i32> %281 to <16 x float>
  %282 = getelementptr i8, ptr %204, i64 960
  store <16 x float> %bf1659, ptr %282, align 64
  %283 = add nsw i32 %vpack42, 1
  br label %vpack

exit41:                                           ; preds = %vpack
  %284 = add i32 %nrows, 31
  %nblk = sdiv i32 %284, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit41
  %rblock63 = phi i32 [ 0, %exit41 ], [ %311, %join ]
  %285 = icmp slt i32 %rblock63, %nblk
  br i1 %285, label %body60, label %exit62

body60:                                           ; preds = %rblock
  %286 = sext i32 %rblock63 to i64
  %287 = mul i32 %rblock63, 32
  %288 = add i32 %287, 31
  %289 = call i32 @llvm.smin.i32(i32 %288, i32 %83)
  %290 = sdiv i32 %289, %nh
  %291 = add i32 %q_begin, %290
  %qpos64 = add i32 %q_pos0, %291
  %292 = add i32 %qpos64, 1
  %293 = call i32 @llvm.smax.i32(i32 %292, i32 %prefix)
  %294 = call i32 @llvm.smin.i32(i32 %293, i32 %k_end)
  %295 = sub i32 %294, %ktile18
  %296 = call i32 @llvm.smin.i32(i32 %91, i32 %295)
  %297 = icmp sgt i32 %296, 0
  br i1 %297, label %rvisit, label %join

exit62:                                           ; preds = %rblock
  %298 = add nsw i32 %ktile18, 24
  br label %ktile

rvisit:                                           ; preds = %body60
  %299 = mul i64 %286, 8192
  %300 = getelementptr i32, ptr %qt, i64 %299
  %301 = getelementptr i32, ptr %ot, i64 %299
  %302 = mul i64 %286, 2
  %303 = getelementptr <16 x float>, ptr %mv, i64 %302
  %304 = getelementptr <16 x float>, ptr %lv, i64 %302
  %305 = mul i64 %286, 32
  %306 = getelementptr i32, ptr %lims, i64 %305
  %307 = load <16 x i32>, ptr %306, align 64
  %308 = add i64 %305, 16
  %309 = getelementptr i32, ptr %lims, i64 %308
  %310 = load <16 x i32>, ptr %309, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body60
  %311 = add nsw i32 %rblock63, 1
  br label %rblock

sblock:                                           ; preds = %exit71, %rvisit
  %sblock68 = phi i32 [ 0, %rvisit ], [ %395, %exit71 ]
  %312 = icmp slt i32 %sblock68, %296
  br i1 %312, label %body65, label %smask

body65:                                           ; preds = %sblock
  %313 = sext i32 %sblock68 to i64
  %314 = mul i64 %313, 256
  %315 = getelementptr i32, ptr %kbuf, i64 %314
  br label %sdim

sdim:                                             ; preds = %body69, %body65
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %368, %body69 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %367, %body69 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %364, %body69 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %363, %body69 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %360, %body69 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %359, %body69 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %356, %body69 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %355, %body69 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %352, %body69 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %351, %body69 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %348, %body69 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %347, %body69 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %344, %body69 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %343, %body69 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %340, %body69 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %339, %body69 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %336, %body69 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %335, %body69 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %332, %body69 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %331, %body69 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %328, %body69 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %327, %body69 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %324, %body69 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body65 ], [ %323, %body69 ]
  %sdim72 = phi i32 [ 0, %body65 ], [ %369, %body69 ]
  %316 = icmp slt i32 %sdim72, 256
  br i1 %316, label %body69, label %exit71

body69:                                           ; preds = %sdim
  %317 = sext i32 %sdim72 to i64
  %318 = mul i64 %317, 32
  %319 = getelementptr i32, ptr %300, i64 %318
  %qt73 = load <16 x float>, ptr %319, align 64
  %320 = getelementptr i32, ptr %319, i64 16
  %qt74 = load <16 x float>, ptr %320, align 64
  %321 = getelementptr i32, ptr %315, i64 %317
  %k = load float, ptr %321, align 4
  %322 = insertelement <16 x float> poison, float %k, i32 0
  %splat75 = shufflevector <16 x float> %322, <16 x float> poison, <16 x i32> zeroinitializer
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat75, <16 x float> %sacc.sroa.0.0)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat75, <16 x float> %sacc.sroa.4.0)
  %325 = getelementptr i32, ptr %321, i64 256
  %k76 = load float, ptr %325, align 4
  %326 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %326, <16 x float> poison, <16 x i32> zeroinitializer
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat77, <16 x float> %sacc.sroa.8.0)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat77, <16 x float> %sacc.sroa.12.0)
  %329 = getelementptr i32, ptr %321, i64 512
  %k78 = load float, ptr %329, align 4
  %330 = insertelement <16 x float> poison, float %k78, i32 0
  %splat79 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat79, <16 x float> %sacc.sroa.16.0)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat79, <16 x float> %sacc.sroa.20.0)
  %333 = getelementptr i32, ptr %321, i64 768
  %k80 = load float, ptr %333, align 4
  %334 = insertelement <16 x float> poison, float %k80, i32 0
  %splat81 = shufflevector <16 x float> %334, <16 x float> poison, <16 x i32> zeroinitializer
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat81, <16 x float> %sacc.sroa.24.0)
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat81, <16 x float> %sacc.sroa.28.0)
  %337 = getelementptr i32, ptr %321, i64 1024
  %k82 = load float, ptr %337, align 4
  %338 = insertelement <16 x float> poison, float %k82, i32 0
  %splat83 = shufflevector <16 x float> %338, <16 x float> poison, <16 x i32> zeroinitializer
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat83, <16 x float> %sacc.sroa.32.0)
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat83, <16 x float> %sacc.sroa.36.0)
  %341 = getelementptr i32, ptr %321, i64 1280
  %k84 = load float, ptr %341, align 4
  %342 = insertelement <16 x float> poison, float %k84, i32 0
  %splat85 = shufflevector <16 x float> %342, <16 x float> poison, <16 x i32> zeroinitializer
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat85, <16 x float> %sacc.sroa.40.0)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat85, <16 x float> %sacc.sroa.44.0)
  %345 = getelementptr i32, ptr %321, i64 1536
  %k86 = load float, ptr %345, align 4
  %346 = insertelement <16 x float> poison, float %k86, i32 0
  %splat87 = shufflevector <16 x float> %346, <16 x float> poison, <16 x i32> zeroinitializer
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat87, <16 x float> %sacc.sroa.48.0)
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat87, <16 x float> %sacc.sroa.52.0)
  %349 = getelementptr i32, ptr %321, i64 1792
  %k88 = load float, ptr %349, align 4
  %350 = insertelement <16 x float> poison, float %k88, i32 0
  %splat89 = shufflevector <16 x float> %350, <16 x float> poison, <16 x i32> zeroinitializer
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat89, <16 x float> %sacc.sroa.56.0)
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat89, <16 x float> %sacc.sroa.60.0)
  %353 = getelementptr i32, ptr %321, i64 2048
  %k90 = load float, ptr %353, align 4
  %354 = insertelement <16 x float> poison, float %k90, i32 0
  %splat91 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat91, <16 x float> %sacc.sroa.64.0)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat91, <16 x float> %sacc.sroa.68.0)
  %357 = getelementptr i32, ptr %321, i64 2304
  %k92 = load float, ptr %357, align 4
  %358 = insertelement <16 x float> poison, float %k92, i32 0
  %splat93 = shufflevector <16 x float> %358, <16 x float> poison, <16 x i32> zeroinitializer
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat93, <16 x float> %sacc.sroa.72.0)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat93, <16 x float> %sacc.sroa.76.0)
  %361 = getelementptr i32, ptr %321, i64 2560
  %k94 = load float, ptr %361, align 4
  %362 = insertelement <16 x float> poison, float %k94, i32 0
  %splat95 = shufflevector <16 x float> %362, <16 x float> poison, <16 x i32> zeroinitializer
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat95, <16 x float> %sacc.sroa.80.0)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat95, <16 x float> %sacc.sroa.84.0)
  %365 = getelementptr i32, ptr %321, i64 2816
  %k96 = load float, ptr %365, align 4
  %366 = insertelement <16 x float> poison, float %k96, i32 0
  %splat97 = shufflevector <16 x float> %366, <16 x float> poison, <16 x i32> zeroinitializer
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat97, <16 x float> %sacc.sroa.88.0)
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat97, <16 x float> %sacc.sroa.92.0)
  %369 = add nsw i32 %sdim72, 1
  br label %sdim

exit71:                                           ; preds = %sdim
  %370 = mul i64 %313, 32
  %371 = getelementptr i32, ptr %st, i64 %370
  store <16 x float> %sacc.sroa.0.0, ptr %371, align 64
  %372 = getelementptr i32, ptr %371, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %372, align 64
  %373 = getelementptr i32, ptr %371, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %373, align 64
  %374 = getelementptr i32, ptr %371, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %374, align 64
  %375 = getelementptr i32, ptr %371, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %375, align 64
  %376 = getelementptr i32, ptr %371, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %376, align 64
  %377 = getelementptr i32, ptr %371, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %377, align 64
  %378 = getelementptr i32, ptr %371, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %378, align 64
  %379 = getelementptr i32, ptr %371, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %379, align 64
  %380 = getelementptr i32, ptr %371, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %380, align 64
  %381 = getelementptr i32, ptr %371, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %381, align 64
  %382 = getelementptr i32, ptr %371, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %382, align 64
  %383 = getelementptr i32, ptr %371, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %383, align 64
  %384 = getelementptr i32, ptr %371, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %384, align 64
  %385 = getelementptr i32, ptr %371, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %385, align 64
  %386 = getelementptr i32, ptr %371, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %386, align 64
  %387 = getelementptr i32, ptr %371, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %387, align 64
  %388 = getelementptr i32, ptr %371, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %388, align 64
  %389 = getelementptr i32, ptr %371, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %389, align 64
  %390 = getelementptr i32, ptr %371, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %390, align 64
  %391 = getelementptr i32, ptr %371, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %391, align 64
  %392 = getelementptr i32, ptr %371, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %392, align 64
  %393 = getelementptr i32, ptr %371, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %393, align 64
  %394 = getelementptr i32, ptr %371, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %394, align 64
  %395 = add nsw i32 %sblock68, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body98
  %tmax.sroa.4.0 = phi <16 x float> [ %409, %body98 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %404, %body98 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask101 = phi i32 [ %410, %body98 ], [ 0, %sblock ]
  %396 = icmp slt i32 %smask101, %296
  br i1 %396, label %body98, label %exit100

body98:                                           ; preds = %smask
  %397 = add i32 %ktile18, %smask101
  %398 = insertelement <16 x i32> poison, i32 %397, i32 0
  %splat102 = shufflevector <16 x i32> %398, <16 x i32> poison, <16 x i32> zeroinitializer
  %399 = sext i32 %smask101 to i64
  %400 = mul i64 %399, 32
  %401 = getelementptr i32, ptr %st, i64 %400
  %s = load <16 x float>, ptr %401, align 64
  %402 = icmp slt <16 x i32> %splat102, %307
  %403 = select <16 x i1> %402, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %403, ptr %401, align 64
  %404 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %403)
  %405 = add i64 %400, 16
  %406 = getelementptr i32, ptr %st, i64 %405
  %s103 = load <16 x float>, ptr %406, align 64
  %407 = icmp slt <16 x i32> %splat102, %310
  %408 = select <16 x i1> %407, <16 x float> %s103, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %408, ptr %406, align 64
  %409 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %408)
  %410 = add nsw i32 %smask101, 1
  br label %smask

exit100:                                          ; preds = %smask
  %m = load <16 x float>, ptr %303, align 64
  %411 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %412 = fcmp oeq <16 x float> %411, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse104 = select <16 x i1> %412, <16 x float> zeroinitializer, <16 x float> %411
  %413 = fsub <16 x float> %m, %muse104
  %414 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %413, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %415 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %414, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %416 = fadd <16 x float> %415, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %416, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %415, %n
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %417, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %418, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %419, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %420, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %421, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %423 = fptosi <16 x float> %n to <16 x i32>
  %424 = add <16 x i32> %423, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %425 = shl <16 x i32> %424, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %426 = bitcast <16 x i32> %425 to <16 x float>
  %exp2 = fmul <16 x float> %422, %426
  store <16 x float> %411, ptr %303, align 64
  %427 = getelementptr <16 x float>, ptr %303, i64 1
  %m105 = load <16 x float>, ptr %427, align 64
  %428 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m105, <16 x float> %tmax.sroa.4.0)
  %429 = fcmp oeq <16 x float> %428, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse106 = select <16 x i1> %429, <16 x float> zeroinitializer, <16 x float> %428
  %430 = fsub <16 x float> %m105, %muse106
  %431 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %430, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %432 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %431, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %433 = fadd <16 x float> %432, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n107 = fsub <16 x float> %433, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f108 = fsub <16 x float> %432, %n107
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f108, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %434, <16 x float> %f108, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %435, <16 x float> %f108, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %436, <16 x float> %f108, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %437, <16 x float> %f108, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %438, <16 x float> %f108, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %440 = fptosi <16 x float> %n107 to <16 x i32>
  %441 = add <16 x i32> %440, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %442 = shl <16 x i32> %441, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %443 = bitcast <16 x i32> %442 to <16 x float>
  %exp2109 = fmul <16 x float> %439, %443
  store <16 x float> %428, ptr %427, align 64
  br label %sexp

sexp:                                             ; preds = %body110, %exit100
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit100 ], [ %481, %body110 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit100 ], [ %463, %body110 ]
  %sexp113 = phi i32 [ 0, %exit100 ], [ %482, %body110 ]
  %444 = icmp slt i32 %sexp113, %296
  br i1 %444, label %body110, label %exit112

body110:                                          ; preds = %sexp
  %445 = sext i32 %sexp113 to i64
  %446 = mul i64 %445, 32
  %447 = getelementptr i32, ptr %st, i64 %446
  %448 = load <16 x float>, ptr %447, align 64
  %449 = fsub <16 x float> %448, %muse104
  %450 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %449, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %451 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %450, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %452 = fadd <16 x float> %451, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n114 = fsub <16 x float> %452, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f115 = fsub <16 x float> %451, %n114
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f115, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %453, <16 x float> %f115, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %454, <16 x float> %f115, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %456 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %455, <16 x float> %f115, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %456, <16 x float> %f115, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %457, <16 x float> %f115, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %459 = fptosi <16 x float> %n114 to <16 x i32>
  %460 = add <16 x i32> %459, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %461 = shl <16 x i32> %460, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %462 = bitcast <16 x i32> %461 to <16 x float>
  %exp2116 = fmul <16 x float> %458, %462
  store <16 x float> %exp2116, ptr %447, align 64
  %463 = fadd <16 x float> %lsum.sroa.0.0, %exp2116
  %464 = add i64 %446, 16
  %465 = getelementptr i32, ptr %st, i64 %464
  %466 = load <16 x float>, ptr %465, align 64
  %467 = fsub <16 x float> %466, %muse106
  %468 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %467, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %469 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %468, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %470 = fadd <16 x float> %469, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n117 = fsub <16 x float> %470, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f118 = fsub <16 x float> %469, %n117
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f118, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %471, <16 x float> %f118, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %472, <16 x float> %f118, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %473, <16 x float> %f118, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %474, <16 x float> %f118, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %476 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %475, <16 x float> %f118, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %477 = fptosi <16 x float> %n117 to <16 x i32>
  %478 = add <16 x i32> %477, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %479 = shl <16 x i32> %478, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %480 = bitcast <16 x i32> %479 to <16 x float>
  %exp2119 = fmul <16 x float> %476, %480
  store <16 x float> %exp2119, ptr %465, align 64
  %481 = fadd <16 x float> %lsum.sroa.4.0, %exp2119
  %482 = add nsw i32 %sexp113, 1
  br label %sexp

exit112:                                          ; preds = %sexp
  %483 = load <16 x float>, ptr %304, align 64
  %484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %483, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %484, ptr %304, align 64
  %485 = getelementptr <16 x float>, ptr %304, i64 1
  %486 = load <16 x float>, ptr %485, align 64
  %487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %486, <16 x float> %exp2109, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %487, ptr %485, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit126, %exit112
  %pvblock123 = phi i32 [ 0, %exit112 ], [ %581, %exit126 ]
  %488 = icmp slt i32 %pvblock123, 32
  br i1 %488, label %body120, label %join

body120:                                          ; preds = %pvblock
  %489 = mul i32 %pvblock123, 8
  %490 = sext i32 %489 to i64
  %491 = mul i64 %490, 32
  %492 = getelementptr i32, ptr %301, i64 %491
  %493 = load <16 x float>, ptr %492, align 64
  %494 = fmul <16 x float> %493, %exp2
  %495 = getelementptr i32, ptr %492, i64 16
  %496 = load <16 x float>, ptr %495, align 64
  %497 = fmul <16 x float> %496, %exp2109
  %498 = getelementptr i32, ptr %492, i64 32
  %499 = load <16 x float>, ptr %498, align 64
  %500 = fmul <16 x float> %499, %exp2
  %501 = getelementptr i32, ptr %492, i64 48
  %502 = load <16 x float>, ptr %501, align 64
  %503 = fmul <16 x float> %502, %exp2109
  %504 = getelementptr i32, ptr %492, i64 64
  %505 = load <16 x float>, ptr %504, align 64
  %506 = fmul <16 x float> %505, %exp2
  %507 = getelementptr i32, ptr %492, i64 80
  %508 = load <16 x float>, ptr %507, align 64
  %509 = fmul <16 x float> %508, %exp2109
  %510 = getelementptr i32, ptr %492, i64 96
  %511 = load <16 x float>, ptr %510, align 64
  %512 = fmul <16 x float> %511, %exp2
  %513 = getelementptr i32, ptr %492, i64 112
  %514 = load <16 x float>, ptr %513, align 64
  %515 = fmul <16 x float> %514, %exp2109
  %516 = getelementptr i32, ptr %492, i64 128
  %517 = load <16 x float>, ptr %516, align 64
  %518 = fmul <16 x float> %517, %exp2
  %519 = getelementptr i32, ptr %492, i64 144
  %520 = load <16 x float>, ptr %519, align 64
  %521 = fmul <16 x float> %520, %exp2109
  %522 = getelementptr i32, ptr %492, i64 160
  %523 = load <16 x float>, ptr %522, align 64
  %524 = fmul <16 x float> %523, %exp2
  %525 = getelementptr i32, ptr %492, i64 176
  %526 = load <16 x float>, ptr %525, align 64
  %527 = fmul <16 x float> %526, %exp2109
  %528 = getelementptr i32, ptr %492, i64 192
  %529 = load <16 x float>, ptr %528, align 64
  %530 = fmul <16 x float> %529, %exp2
  %531 = getelementptr i32, ptr %492, i64 208
  %532 = load <16 x float>, ptr %531, align 64
  %533 = fmul <16 x float> %532, %exp2109
  %534 = getelementptr i32, ptr %492, i64 224
  %535 = load <16 x float>, ptr %534, align 64
  %536 = fmul <16 x float> %535, %exp2
  %537 = getelementptr i32, ptr %492, i64 240
  %538 = load <16 x float>, ptr %537, align 64
  %539 = fmul <16 x float> %538, %exp2109
  br label %kpv

kpv:                                              ; preds = %body124, %body120
  %o.sroa.44.0 = phi <16 x float> [ %527, %body120 ], [ %571, %body124 ]
  %o.sroa.40.0 = phi <16 x float> [ %524, %body120 ], [ %570, %body124 ]
  %o.sroa.36.0 = phi <16 x float> [ %521, %body120 ], [ %567, %body124 ]
  %o.sroa.32.0 = phi <16 x float> [ %518, %body120 ], [ %566, %body124 ]
  %o.sroa.28.0 = phi <16 x float> [ %515, %body120 ], [ %563, %body124 ]
  %o.sroa.24.0 = phi <16 x float> [ %512, %body120 ], [ %562, %body124 ]
  %o.sroa.20.0 = phi <16 x float> [ %509, %body120 ], [ %559, %body124 ]
  %o.sroa.16.0 = phi <16 x float> [ %506, %body120 ], [ %558, %body124 ]
  %o.sroa.12.0 = phi <16 x float> [ %503, %body120 ], [ %555, %body124 ]
  %o.sroa.8.0 = phi <16 x float> [ %500, %body120 ], [ %554, %body124 ]
  %o.sroa.4.0 = phi <16 x float> [ %497, %body120 ], [ %551, %body124 ]
  %o.sroa.0.0 = phi <16 x float> [ %494, %body120 ], [ %550, %body124 ]
  %o.sroa.48.0 = phi <16 x float> [ %530, %body120 ], [ %574, %body124 ]
  %o.sroa.52.0 = phi <16 x float> [ %533, %body120 ], [ %575, %body124 ]
  %o.sroa.56.0 = phi <16 x float> [ %536, %body120 ], [ %578, %body124 ]
  %o.sroa.60.0 = phi <16 x float> [ %539, %body120 ], [ %579, %body124 ]
  %kpv127 = phi i32 [ 0, %body120 ], [ %580, %body124 ]
  %540 = icmp slt i32 %kpv127, %296
  br i1 %540, label %body124, label %exit126

body124:                                          ; preds = %kpv
  %541 = sext i32 %kpv127 to i64
  %542 = mul i64 %541, 32
  %543 = getelementptr i32, ptr %st, i64 %542
  %p = load <16 x float>, ptr %543, align 64
  %544 = add i64 %542, 16
  %545 = getelementptr i32, ptr %st, i64 %544
  %p128 = load <16 x float>, ptr %545, align 64
  %546 = mul i64 %541, 1024
  %547 = getelementptr i8, ptr %vbuf, i64 %546
  %548 = getelementptr i32, ptr %547, i64 %490
  %v = load float, ptr %548, align 4
  %549 = insertelement <16 x float> poison, float %v, i32 0
  %splat129 = shufflevector <16 x float> %549, <16 x float> poison, <16 x i32> zeroinitializer
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat129, <16 x float> %o.sroa.0.0)
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p128, <16 x float> %splat129, <16 x float> %o.sroa.4.0)
  %552 = getelementptr i32, ptr %548, i64 1
  %v130 = load float, ptr %552, align 4
  %553 = insertelement <16 x float> poison, float %v130, i32 0
  %splat131 = shufflevector <16 x float> %553, <16 x float> poison, <16 x i32> zeroinitializer
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat131, <16 x float> %o.sroa.8.0)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p128, <16 x float> %splat131, <16 x float> %o.sroa.12.0)
  %556 = getelementptr i32, ptr %548, i64 2
  %v132 = load float, ptr %556, align 4
  %557 = insertelement <16 x float> poison, float %v132, i32 0
  %splat133 = shufflevector <16 x float> %557, <16 x float> poison, <16 x i32> zeroinitializer
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat133, <16 x float> %o.sroa.16.0)
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p128, <16 x float> %splat133, <16 x float> %o.sroa.20.0)
  %560 = getelementptr i32, ptr %548, i64 3
  %v134 = load float, ptr %560, align 4
  %561 = insertelement <16 x float> poison, float %v134, i32 0
  %splat135 = shufflevector <16 x float> %561, <16 x float> poison, <16 x i32> zeroinitializer
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat135, <16 x float> %o.sroa.24.0)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p128, <16 x float> %splat135, <16 x float> %o.sroa.28.0)
  %564 = getelementptr i32, ptr %548, i64 4
  %v136 = load float, ptr %564, align 4
  %565 = insertelement <16 x float> poison, float %v136, i32 0
  %splat137 = shufflevector <16 x float> %565, <16 x float> poison, <16 x i32> zeroinitializer
  %566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat137, <16 x float> %o.sroa.32.0)
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p128, <16 x float> %splat137, <16 x float> %o.sroa.36.0)
  %568 = getelementptr i32, ptr %548, i64 5
  %v138 = load float, ptr %568, align 4
  %569 = insertelement <16 x float> poison, float %v138, i32 0
  %splat139 = shufflevector <16 x float> %569, <16 x float> poison, <16 x i32> zeroinitializer
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat139, <16 x float> %o.sroa.40.0)
  %571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p128, <16 x float> %splat139, <16 x float> %o.sroa.44.0)
  %572 = getelementptr i32, ptr %548, i64 6
  %v140 = load float, ptr %572, align 4
  %573 = insertelement <16 x float> poison, float %v140, i32 0
  %splat141 = shufflevector <16 x float> %573, <16 x float> poison, <16 x i32> zeroinitializer
  %574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat141, <16 x float> %o.sroa.48.0)
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p128, <16 x float> %splat141, <16 x float> %o.sroa.52.0)
  %576 = getelementptr i32, ptr %548, i64 7
  %v142 = load float, ptr %576, align 4
  %577 = insertelement <16 x float> poison, float %v142, i32 0
  %splat143 = shufflevector <16 x float> %577, <16 x float> poison, <16 x i32> zeroinitializer
  %578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat143, <16 x float> %o.sroa.56.0)
  %579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p128, <16 x float> %splat143, <16 x float> %o.sroa.60.0)
  %580 = add nsw i32 %kpv127, 1
  br label %kpv

exit126:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %492, align 64
  store <16 x float> %o.sroa.4.0, ptr %495, align 64
  store <16 x float> %o.sroa.8.0, ptr %498, align 64
  store <16 x float> %o.sroa.12.0, ptr %501, align 64
  store <16 x float> %o.sroa.16.0, ptr %504, align 64
  store <16 x float> %o.sroa.20.0, ptr %507, align 64
  store <16 x float> %o.sroa.24.0, ptr %510, align 64
  store <16 x float> %o.sroa.28.0, ptr %513, align 64
  store <16 x float> %o.sroa.32.0, ptr %516, align 64
  store <16 x float> %o.sroa.36.0, ptr %519, align 64
  store <16 x float> %o.sroa.40.0, ptr %522, align 64
  store <16 x float> %o.sroa.44.0, ptr %525, align 64
  store <16 x float> %o.sroa.48.0, ptr %528, align 64
  store <16 x float> %o.sroa.52.0, ptr %531, align 64
  store <16 x float> %o.sroa.56.0, ptr %534, align 64
  store <16 x float> %o.sroa.60.0, ptr %537, align 64
  %581 = add nsw i32 %pvblock123, 1
  br label %pvblock

orow144:                                          ; preds = %written, %exit17
  %orow148 = phi i32 [ 0, %exit17 ], [ %618, %written ]
  %582 = icmp slt i32 %orow148, %nrows
  br i1 %582, label %body145, label %common.ret

body145:                                          ; preds = %orow144
  %583 = sext i32 %orow148 to i64
  %584 = getelementptr float, ptr %ms, i64 %583
  %m149 = load float, ptr %584, align 4
  %585 = getelementptr float, ptr %ls, i64 %583
  %l = load float, ptr %585, align 4
  %586 = sdiv i32 %orow148, 32
  %587 = srem i32 %orow148, 32
  %588 = sext i32 %586 to i64
  %589 = mul i64 %588, 8192
  %590 = getelementptr i32, ptr %ot, i64 %589
  br label %otrow

otrow:                                            ; preds = %body150, %body145
  %otrow153 = phi i32 [ 0, %body145 ], [ %599, %body150 ]
  %591 = icmp slt i32 %otrow153, 256
  br i1 %591, label %body150, label %exit152

body150:                                          ; preds = %otrow
  %592 = sext i32 %587 to i64
  %593 = sext i32 %otrow153 to i64
  %594 = mul i64 %593, 32
  %595 = add i64 %594, %592
  %596 = getelementptr i32, ptr %590, i64 %595
  %597 = load float, ptr %596, align 4
  %598 = getelementptr i32, ptr %rowbuf, i64 %593
  store float %597, ptr %598, align 4
  %599 = add nsw i32 %otrow153, 1
  br label %otrow

exit152:                                          ; preds = %otrow
  %600 = icmp ne ptr %part, null
  br i1 %600, label %partial, label %final

partial:                                          ; preds = %exit152
  %601 = sext i32 %nrows to i64
  %602 = mul i64 %583, 256
  %603 = getelementptr float, ptr %part, i64 %602
  br label %chunk154

final:                                            ; preds = %exit152
  %604 = sdiv i32 %orow148, %nh
  %qi159 = add i32 %q_begin, %604
  %605 = srem i32 %orow148, %nh
  %606 = add i32 %h_begin, %605
  %607 = mul i32 %kv_head, 8
  %hq160 = add i32 %607, %606
  %608 = sext i32 %qi159 to i64
  %609 = add i64 %q_row0, %608
  %610 = mul i64 %609, 8
  %611 = sext i32 %hq160 to i64
  %orow161 = add i64 %610, %611
  %612 = fcmp oeq float %l, 0.000000e+00
  %613 = fdiv float 1.000000e+00, %l
  %614 = select i1 %612, float 0.000000e+00, float %613
  %615 = mul i64 %orow161, 512
  %616 = getelementptr i8, ptr %out, i64 %615
  %617 = insertelement <16 x float> poison, float %614, i32 0
  %splat162 = shufflevector <16 x float> %617, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk163

written:                                          ; preds = %chunk163, %exit157
  %618 = add nsw i32 %orow148, 1
  br label %orow144

chunk154:                                         ; preds = %body155, %partial
  %chunk158 = phi i64 [ 0, %partial ], [ %624, %body155 ]
  %619 = icmp slt i64 %chunk158, 16
  br i1 %619, label %body155, label %exit157

body155:                                          ; preds = %chunk154
  %620 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk158
  %621 = load <16 x float>, ptr %620, align 64
  %622 = mul i64 %chunk158, 64
  %623 = getelementptr i8, ptr %603, i64 %622
  store <16 x float> %621, ptr %623, align 4
  %624 = add nsw i64 %chunk158, 1
  br label %chunk154

exit157:                                          ; preds = %chunk154
  %625 = mul i64 %601, 256
  %626 = add i64 %625, %583
  %627 = getelementptr float, ptr %part, i64 %626
  store float %m149, ptr %627, align 4
  %628 = add i64 %626, %601
  %629 = getelementptr float, ptr %part, i64 %628
  store float %l, ptr %629, align 4
  br label %written

chunk163:                                         ; preds = %body164, %final
  %chunk167 = phi i64 [ 0, %final ], [ %646, %body164 ]
  %630 = icmp slt i64 %chunk167, 16
  br i1 %630, label %body164, label %written

body164:                                          ; preds = %chunk163
  %631 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk167
  %632 = load <16 x float>, ptr %631, align 64
  %633 = fmul <16 x float> %632, %splat162
  %634 = mul i64 %chunk167, 32
  %635 = getelementptr i8, ptr %616, i64 %634
  %636 = bitcast <16 x float> %633 to <16 x i32>
  %637 = lshr <16 x i32> %636, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %638 = and <16 x i32> %637, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %639 = add <16 x i32> %638, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %640 = add <16 x i32> %636, %639
  %641 = lshr <16 x i32> %640, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %642 = fcmp uno <16 x float> %633, %633
  %643 = or <16 x i32> %637, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %644 = select <16 x i1> %642, <16 x i32> %643, <16 x i32> %641
  %645 = trunc <16 x i32> %644 to <16 x i16>
  store <16 x i16> %645, ptr %635, align 2
  %646 = add nsw i64 %chunk167, 1
  br label %chunk163
}

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @prefix_lm(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @prefix_lm_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @prefix_lm_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @prefix_lm_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @prefix_lm_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @prefix_lm_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @prefix_lm_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @prefix_lm_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @prefix_lm_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @prefix_lm_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @prefix_lm_info() #0 {
entry:
  ret ptr @prefix_lm_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
