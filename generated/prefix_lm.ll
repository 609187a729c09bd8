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

done:                                             ; preds = %orow245, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %70, %exit8 ], [ 0, %entry ]
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
  %47 = sext i32 %46 to i64
  %48 = getelementptr i32, ptr %lims, i64 %47
  %fact = load i32, ptr %48, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %57, %body2 ]
  %49 = icmp slt i64 %chunk5, 16
  br i1 %49, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %50 = mul i64 %chunk5, 32
  %51 = getelementptr i8, ptr %43, i64 %50
  %52 = load <16 x i16>, ptr %51, align 2
  %53 = zext <16 x i16> %52 to <16 x i32>
  %54 = shl <16 x i32> %53, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %54 to <16 x float>
  %55 = fmul <16 x float> %bf16, %splat
  %56 = getelementptr <16 x float>, ptr %30, i64 %chunk5
  store <16 x float> %55, ptr %56, align 64
  %57 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %58 = getelementptr float, ptr %ms, i64 %28
  store float 0xFFF0000000000000, ptr %58, align 4
  %59 = getelementptr float, ptr %ls, i64 %28
  store float 0.000000e+00, ptr %59, align 4
  %60 = getelementptr i32, ptr %lims, i64 %28
  %qpos = add i32 %q_pos0, %qi
  %61 = add i32 %qpos, 1
  %62 = call i32 @llvm.smax.i32(i32 %61, i32 %prefix)
  %63 = call i32 @llvm.smin.i32(i32 %62, i32 %k_end)
  store i32 %63, ptr %60, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %69, %body6 ]
  %64 = icmp slt i64 %acczero9, 16
  br i1 %64, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %65 = mul i64 %acczero9, 16
  %66 = mul i64 %28, 256
  %67 = add i64 %66, %65
  %68 = getelementptr float, ptr %accs, i64 %67
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %70 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %pvpass, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %72, %pvpass ]
  %71 = icmp slt i32 %kblock13, %fact
  br i1 %71, label %body10, label %orow245

body10:                                           ; preds = %kblock
  %72 = add i32 %kblock13, 32
  br label %kdot

kdot:                                             ; preds = %body14, %body10
  %kdot17 = phi i32 [ 0, %body10 ], [ %674, %body14 ]
  %73 = icmp slt i32 %kdot17, 32
  br i1 %73, label %body14, label %score

body14:                                           ; preds = %kdot
  %74 = add i32 %kblock13, %kdot17
  %75 = call i32 @llvm.smin.i32(i32 %74, i32 %k_last)
  %76 = sext i32 %75 to i64
  %row = add i64 %23, %76
  %77 = mul i64 %row, 512
  %78 = getelementptr i8, ptr %22, i64 %77
  %79 = add i32 %75, 8
  %80 = call i32 @llvm.smin.i32(i32 %79, i32 %k_last)
  %81 = sext i32 %80 to i64
  %row18 = add i64 %23, %81
  %82 = mul i64 %row18, 512
  %83 = getelementptr i8, ptr %22, i64 %82
  call void @llvm.prefetch.p0(ptr %83, i32 0, i32 3, i32 1)
  %84 = getelementptr i8, ptr %83, i64 64
  call void @llvm.prefetch.p0(ptr %84, i32 0, i32 3, i32 1)
  %85 = getelementptr i8, ptr %83, i64 128
  call void @llvm.prefetch.p0(ptr %85, i32 0, i32 3, i32 1)
  %86 = getelementptr i8, ptr %83, i64 192
  call void @llvm.prefetch.p0(ptr %86, i32 0, i32 3, i32 1)
  %87 = getelementptr i8, ptr %83, i64 256
  call void @llvm.prefetch.p0(ptr %87, i32 0, i32 3, i32 1)
  %88 = getelementptr i8, ptr %83, i64 320
  call void @llvm.prefetch.p0(ptr %88, i32 0, i32 3, i32 1)
  %89 = getelementptr i8, ptr %83, i64 384
  call void @llvm.prefetch.p0(ptr %89, i32 0, i32 3, i32 1)
  %90 = getelementptr i8, ptr %83, i64 448
  call void @llvm.prefetch.p0(ptr %90, i32 0, i32 3, i32 1)
  %91 = add i32 %72, %kdot17
  %92 = call i32 @llvm.smin.i32(i32 %91, i32 %k_last)
  %93 = sext i32 %92 to i64
  %row19 = add i64 %23, %93
  %94 = mul i64 %row19, 512
  %95 = getelementptr i8, ptr %22, i64 %94
  call void @llvm.prefetch.p0(ptr %95, i32 0, i32 2, i32 1)
  %96 = getelementptr i8, ptr %95, i64 64
  call void @llvm.prefetch.p0(ptr %96, i32 0, i32 2, i32 1)
  %97 = getelementptr i8, ptr %95, i64 128
  call void @llvm.prefetch.p0(ptr %97, i32 0, i32 2, i32 1)
  %98 = getelementptr i8, ptr %95, i64 192
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 2, i32 1)
  %99 = getelementptr i8, ptr %95, i64 256
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = getelementptr i8, ptr %95, i64 320
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %101 = getelementptr i8, ptr %95, i64 384
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 2, i32 1)
  %102 = getelementptr i8, ptr %95, i64 448
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 2, i32 1)
  %103 = add i32 %kdot17, 1
  %104 = add i32 %kblock13, %103
  %105 = call i32 @llvm.smin.i32(i32 %104, i32 %k_last)
  %106 = sext i32 %105 to i64
  %row20 = add i64 %23, %106
  %107 = mul i64 %row20, 512
  %108 = getelementptr i8, ptr %22, i64 %107
  %109 = add i32 %105, 8
  %110 = call i32 @llvm.smin.i32(i32 %109, i32 %k_last)
  %111 = sext i32 %110 to i64
  %row21 = add i64 %23, %111
  %112 = mul i64 %row21, 512
  %113 = getelementptr i8, ptr %22, i64 %112
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 3, i32 1)
  %114 = getelementptr i8, ptr %113, i64 64
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 3, i32 1)
  %115 = getelementptr i8, ptr %113, i64 128
  call void @llvm.prefetch.p0(ptr %115, i32 0, i32 3, i32 1)
  %116 = getelementptr i8, ptr %113, i64 192
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 3, i32 1)
  %117 = getelementptr i8, ptr %113, i64 256
  call void @llvm.prefetch.p0(ptr %117, i32 0, i32 3, i32 1)
  %118 = getelementptr i8, ptr %113, i64 320
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 3, i32 1)
  %119 = getelementptr i8, ptr %113, i64 384
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 3, i32 1)
  %120 = getelementptr i8, ptr %113, i64 448
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 3, i32 1)
  %121 = add i32 %72, %103
  %122 = call i32 @llvm.smin.i32(i32 %121, i32 %k_last)
  %123 = sext i32 %122 to i64
  %row22 = add i64 %23, %123
  %124 = mul i64 %row22, 512
  %125 = getelementptr i8, ptr %22, i64 %124
  call void @llvm.prefetch.p0(ptr %125, i32 0, i32 2, i32 1)
  %126 = getelementptr i8, ptr %125, i64 64
  call void @llvm.prefetch.p0(ptr %126, i32 0, i32 2, i32 1)
  %127 = getelementptr i8, ptr %125, i64 128
  call void @llvm.prefetch.p0(ptr %127, i32 0, i32 2, i32 1)
  %128 = getelementptr i8, ptr %125, i64 192
  call void @llvm.prefetch.p0(ptr %128, i32 0, i32 2, i32 1)
  %129 = getelementptr i8, ptr %125, i64 256
  call void @llvm.prefetch.p0(ptr %129, i32 0, i32 2, i32 1)
  %130 = getelementptr i8, ptr %125, i64 320
  call void @llvm.prefetch.p0(ptr %130, i32 0, i32 2, i32 1)
  %131 = getelementptr i8, ptr %125, i64 384
  call void @llvm.prefetch.p0(ptr %131, i32 0, i32 2, i32 1)
  %132 = getelementptr i8, ptr %125, i64 448
  call void @llvm.prefetch.p0(ptr %132, i32 0, i32 2, i32 1)
  %q23 = load <16 x float>, ptr %qs, align 64
  %133 = load <16 x i16>, ptr %78, align 2
  %134 = zext <16 x i16> %133 to <16 x i32>
  %135 = shl <16 x i32> %134, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1624 = bitcast <16 x i32> %135 to <16 x float>
  %136 = load <16 x i16>, ptr %108, align 2
  %137 = zext <16 x i16> %136 to <16 x i32>
  %138 = shl <16 x i32> %137, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1625 = bitcast <16 x i32> %138 to <16 x float>
  %139 = fmul <16 x float> %q23, %bf1624
  %140 = fmul <16 x float> %q23, %bf1625
  %141 = getelementptr <16 x float>, ptr %qs, i64 16
  %q26 = load <16 x float>, ptr %141, align 64
  %142 = fmul <16 x float> %q26, %bf1624
  %143 = fmul <16 x float> %q26, %bf1625
  %144 = getelementptr <16 x float>, ptr %qs, i64 32
  %q27 = load <16 x float>, ptr %144, align 64
  %145 = fmul <16 x float> %q27, %bf1624
  %146 = fmul <16 x float> %q27, %bf1625
  %147 = getelementptr <16 x float>, ptr %qs, i64 48
  %q28 = load <16 x float>, ptr %147, align 64
  %148 = fmul <16 x float> %q28, %bf1624
  %149 = fmul <16 x float> %q28, %bf1625
  %150 = getelementptr <16 x float>, ptr %qs, i64 64
  %q29 = load <16 x float>, ptr %150, align 64
  %151 = fmul <16 x float> %q29, %bf1624
  %152 = fmul <16 x float> %q29, %bf1625
  %153 = getelementptr <16 x float>, ptr %qs, i64 80
  %q30 = load <16 x float>, ptr %153, align 64
  %154 = fmul <16 x float> %q30, %bf1624
  %155 = fmul <16 x float> %q30, %bf1625
  %156 = getelementptr <16 x float>, ptr %qs, i64 96
  %q31 = load <16 x float>, ptr %156, align 64
  %157 = fmul <16 x float> %q31, %bf1624
  %158 = fmul <16 x float> %q31, %bf1625
  %159 = getelementptr <16 x float>, ptr %qs, i64 112
  %q32 = load <16 x float>, ptr %159, align 64
  %160 = fmul <16 x float> %q32, %bf1624
  %161 = fmul <16 x float> %q32, %bf1625
  %162 = getelementptr <16 x float>, ptr %qs, i64 1
  %q33 = load <16 x float>, ptr %162, align 64
  %163 = getelementptr i8, ptr %78, i64 32
  %164 = load <16 x i16>, ptr %163, align 2
  %165 = zext <16 x i16> %164 to <16 x i32>
  %166 = shl <16 x i32> %165, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1634 = bitcast <16 x i32> %166 to <16 x float>
  %167 = getelementptr i8, ptr %108, i64 32
  %168 = load <16 x i16>, ptr %167, align 2
  %169 = zext <16 x i16> %168 to <16 x i32>
  %170 = shl <16 x i32> %169, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1635 = bitcast <16 x i32> %170 to <16 x float>
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1634, <16 x float> %139)
  %172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1635, <16 x float> %140)
  %173 = getelementptr <16 x float>, ptr %qs, i64 17
  %q36 = load <16 x float>, ptr %173, align 64
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1634, <16 x float> %142)
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1635, <16 x float> %143)
  %176 = getelementptr <16 x float>, ptr %qs, i64 33
  %q37 = load <16 x float>, ptr %176, align 64
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1634, <16 x float> %145)
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1635, <16 x float> %146)
  %179 = getelementptr <16 x float>, ptr %qs, i64 49
  %q38 = load <16 x float>, ptr %179, align 64
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %bf1634, <16 x float> %148)
  %181 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %bf1635, <16 x float> %149)
  %182 = getelementptr <16 x float>, ptr %qs, i64 65
  %q39 = load <16 x float>, ptr %182, align 64
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %bf1634, <16 x float> %151)
  %184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %bf1635, <16 x float> %152)
  %185 = getelementptr <16 x float>, ptr %qs, i64 81
  %q40 = load <16 x float>, ptr %185, align 64
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %bf1634, <16 x float> %154)
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %bf1635, <16 x float> %155)
  %188 = getelementptr <16 x float>, ptr %qs, i64 97
  %q41 = load <16 x float>, ptr %188, align 64
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %bf1634, <16 x float> %157)
  %190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %bf1635, <16 x float> %158)
  %191 = getelementptr <16 x float>, ptr %qs, i64 113
  %q42 = load <16 x float>, ptr %191, align 64
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %bf1634, <16 x float> %160)
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %bf1635, <16 x float> %161)
  %194 = getelementptr <16 x float>, ptr %qs, i64 2
  %q43 = load <16 x float>, ptr %194, align 64
  %195 = getelementptr i8, ptr %78, i64 64
  %196 = load <16 x i16>, ptr %195, align 2
  %197 = zext <16 x i16> %196 to <16 x i32>
  %198 = shl <16 x i32> %197, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1644 = bitcast <16 x i32> %198 to <16 x float>
  %199 = getelementptr i8, ptr %108, i64 64
  %200 = load <16 x i16>, ptr %199, align 2
  %201 = zext <16 x i16> %200 to <16 x i32>
  %202 = shl <16 x i32> %201, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1645 = bitcast <16 x i32> %202 to <16 x float>
  %203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %bf1644, <16 x float> %171)
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %bf1645, <16 x float> %172)
  %205 = getelementptr <16 x float>, ptr %qs, i64 18
  %q46 = load <16 x float>, ptr %205, align 64
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %bf1644, <16 x float> %174)
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %bf1645, <16 x float> %175)
  %208 = getelementptr <16 x float>, ptr %qs, i64 34
  %q47 = load <16 x float>, ptr %208, align 64
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %bf1644, <16 x float> %177)
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %bf1645, <16 x float> %178)
  %211 = getelementptr <16 x float>, ptr %qs, i64 50
  %q48 = load <16 x float>, ptr %211, align 64
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %bf1644, <16 x float> %180)
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %bf1645, <16 x float> %181)
  %214 = getelementptr <16 x float>, ptr %qs, i64 66
  %q49 = load <16 x float>, ptr %214, align 64
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %bf1644, <16 x float> %183)
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %bf1645, <16 x float> %184)
  %217 = getelementptr <16 x float>, ptr %qs, i64 82
  %q50 = load <16 x float>, ptr %217, align 64
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %bf1644, <16 x float> %186)
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %bf1645, <16 x float> %187)
  %220 = getelementptr <16 x float>, ptr %qs, i64 98
  %q51 = load <16 x float>, ptr %220, align 64
  %221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %bf1644, <16 x float> %189)
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %bf1645, <16 x float> %190)
  %223 = getelementptr <16 x float>, ptr %qs, i64 114
  %q52 = load <16 x float>, ptr %223, align 64
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %bf1644, <16 x float> %192)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %bf1645, <16 x float> %193)
  %226 = getelementptr <16 x float>, ptr %qs, i64 3
  %q53 = load <16 x float>, ptr %226, align 64
  %227 = getelementptr i8, ptr %78, i64 96
  %228 = load <16 x i16>, ptr %227, align 2
  %229 = zext <16 x i16> %228 to <16 x i32>
  %230 = shl <16 x i32> %229, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1654 = bitcast <16 x i32> %230 to <16 x float>
  %231 = getelementptr i8, ptr %108, i64 96
  %232 = load <16 x i16>, ptr %231, align 2
  %233 = zext <16 x i16> %232 to <16 x i32>
  %234 = shl <16 x i32> %233, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1655 = bitcast <16 x i32> %234 to <16 x float>
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %bf1654, <16 x float> %203)
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %bf1655, <16 x float> %204)
  %237 = getelementptr <16 x float>, ptr %qs, i64 19
  %q56 = load <16 x float>, ptr %237, align 64
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %bf1654, <16 x float> %206)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %bf1655, <16 x float> %207)
  %240 = getelementptr <16 x float>, ptr %qs, i64 35
  %q57 = load <16 x float>, ptr %240, align 64
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %bf1654, <16 x float> %209)
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %bf1655, <16 x float> %210)
  %243 = getelementptr <16 x float>, ptr %qs, i64 51
  %q58 = load <16 x float>, ptr %243, align 64
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %bf1654, <16 x float> %212)
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %bf1655, <16 x float> %213)
  %246 = getelementptr <16 x float>, ptr %qs, i64 67
  %q59 = load <16 x float>, ptr %246, align 64
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %bf1654, <16 x float> %215)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %bf1655, <16 x float> %216)
  %249 = getelementptr <16 x float>, ptr %qs, i64 83
  %q60 = load <16 x float>, ptr %249, align 64
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %bf1654, <16 x float> %218)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %bf1655, <16 x float> %219)
  %252 = getelementptr <16 x float>, ptr %qs, i64 99
  %q61 = load <16 x float>, ptr %252, align 64
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %bf1654, <16 x float> %221)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %bf1655, <16 x float> %222)
  %255 = getelementptr <16 x float>, ptr %qs, i64 115
  %q62 = load <16 x float>, ptr %255, align 64
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %bf1654, <16 x float> %224)
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %bf1655, <16 x float> %225)
  %258 = getelementptr <16 x float>, ptr %qs, i64 4
  %q63 = load <16 x float>, ptr %258, align 64
  %259 = getelementptr i8, ptr %78, i64 128
  %260 = load <16 x i16>, ptr %259, align 2
  %261 = zext <16 x i16> %260 to <16 x i32>
  %262 = shl <16 x i32> %261, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1664 = bitcast <16 x i32> %262 to <16 x float>
  %263 = getelementptr i8, ptr %108, i64 128
  %264 = load <16 x i16>, ptr %263, align 2
  %265 = zext <16 x i16> %264 to <16 x i32>
  %266 = shl <16 x i32> %265, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1665 = bitcast <16 x i32> %266 to <16 x float>
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %bf1664, <16 x float> %235)
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %bf1665, <16 x float> %236)
  %269 = getelementptr <16 x float>, ptr %qs, i64 20
  %q66 = load <16 x float>, ptr %269, align 64
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %bf1664, <16 x float> %238)
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %bf1665, <16 x float> %239)
  %272 = getelementptr <16 x float>, ptr %qs, i64 36
  %q67 = load <16 x float>, ptr %272, align 64
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %bf1664, <16 x float> %241)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %bf1665, <16 x float> %242)
  %275 = getelementptr <16 x float>, ptr %qs, i64 52
  %q68 = load <16 x float>, ptr %275, align 64
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %bf1664, <16 x float> %244)
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %bf1665, <16 x float> %245)
  %278 = getelementptr <16 x float>, ptr %qs, i64 68
  %q69 = load <16 x float>, ptr %278, align 64
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %bf1664, <16 x float> %247)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %bf1665, <16 x float> %248)
  %281 = getelementptr <16 x float>, ptr %qs, i64 84
  %q70 = load <16 x float>, ptr %281, align 64
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %bf1664, <16 x float> %250)
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %bf1665, <16 x float> %251)
  %284 = getelementptr <16 x float>, ptr %qs, i64 100
  %q71 = load <16 x float>, ptr %284, align 64
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %bf1664, <16 x float> %253)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %bf1665, <16 x float> %254)
  %287 = getelementptr <16 x float>, ptr %qs, i64 116
  %q72 = load <16 x float>, ptr %287, align 64
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %bf1664, <16 x float> %256)
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %bf1665, <16 x float> %257)
  %290 = getelementptr <16 x float>, ptr %qs, i64 5
  %q73 = load <16 x float>, ptr %290, align 64
  %291 = getelementptr i8, ptr %78, i64 160
  %292 = load <16 x i16>, ptr %291, align 2
  %293 = zext <16 x i16> %292 to <16 x i32>
  %294 = shl <16 x i32> %293, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1674 = bitcast <16 x i32> %294 to <16 x float>
  %295 = getelementptr i8, ptr %108, i64 160
  %296 = load <16 x i16>, ptr %295, align 2
  %297 = zext <16 x i16> %296 to <16 x i32>
  %298 = shl <16 x i32> %297, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1675 = bitcast <16 x i32> %298 to <16 x float>
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %bf1674, <16 x float> %267)
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %bf1675, <16 x float> %268)
  %301 = getelementptr <16 x float>, ptr %qs, i64 21
  %q76 = load <16 x float>, ptr %301, align 64
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %bf1674, <16 x float> %270)
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %bf1675, <16 x float> %271)
  %304 = getelementptr <16 x float>, ptr %qs, i64 37
  %q77 = load <16 x float>, ptr %304, align 64
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %bf1674, <16 x float> %273)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %bf1675, <16 x float> %274)
  %307 = getelementptr <16 x float>, ptr %qs, i64 53
  %q78 = load <16 x float>, ptr %307, align 64
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q78, <16 x float> %bf1674, <16 x float> %276)
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q78, <16 x float> %bf1675, <16 x float> %277)
  %310 = getelementptr <16 x float>, ptr %qs, i64 69
  %q79 = load <16 x float>, ptr %310, align 64
  %311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %bf1674, <16 x float> %279)
  %312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %bf1675, <16 x float> %280)
  %313 = getelementptr <16 x float>, ptr %qs, i64 85
  %q80 = load <16 x float>, ptr %313, align 64
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %bf1674, <16 x float> %282)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %bf1675, <16 x float> %283)
  %316 = getelementptr <16 x float>, ptr %qs, i64 101
  %q81 = load <16 x float>, ptr %316, align 64
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %bf1674, <16 x float> %285)
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %bf1675, <16 x float> %286)
  %319 = getelementptr <16 x float>, ptr %qs, i64 117
  %q82 = load <16 x float>, ptr %319, align 64
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %bf1674, <16 x float> %288)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %bf1675, <16 x float> %289)
  %322 = getelementptr <16 x float>, ptr %qs, i64 6
  %q83 = load <16 x float>, ptr %322, align 64
  %323 = getelementptr i8, ptr %78, i64 192
  %324 = load <16 x i16>, ptr %323, align 2
  %325 = zext <16 x i16> %324 to <16 x i32>
  %326 = shl <16 x i32> %325, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1684 = bitcast <16 x i32> %326 to <16 x float>
  %327 = getelementptr i8, ptr %108, i64 192
  %328 = load <16 x i16>, ptr %327, align 2
  %329 = zext <16 x i16> %328 to <16 x i32>
  %330 = shl <16 x i32> %329, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1685 = bitcast <16 x i32> %330 to <16 x float>
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q83, <16 x float> %bf1684, <16 x float> %299)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q83, <16 x float> %bf1685, <16 x float> %300)
  %333 = getelementptr <16 x float>, ptr %qs, i64 22
  %q86 = load <16 x float>, ptr %333, align 64
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %bf1684, <16 x float> %302)
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %bf1685, <16 x float> %303)
  %336 = getelementptr <16 x float>, ptr %qs, i64 38
  %q87 = load <16 x float>, ptr %336, align 64
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %bf1684, <16 x float> %305)
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %bf1685, <16 x float> %306)
  %339 = getelementptr <16 x float>, ptr %qs, i64 54
  %q88 = load <16 x float>, ptr %339, align 64
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q88, <16 x float> %bf1684, <16 x float> %308)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q88, <16 x float> %bf1685, <16 x float> %309)
  %342 = getelementptr <16 x float>, ptr %qs, i64 70
  %q89 = load <16 x float>, ptr %342, align 64
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %bf1684, <16 x float> %311)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %bf1685, <16 x float> %312)
  %345 = getelementptr <16 x float>, ptr %qs, i64 86
  %q90 = load <16 x float>, ptr %345, align 64
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %bf1684, <16 x float> %314)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %bf1685, <16 x float> %315)
  %348 = getelementptr <16 x float>, ptr %qs, i64 102
  %q91 = load <16 x float>, ptr %348, align 64
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %bf1684, <16 x float> %317)
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %bf1685, <16 x float> %318)
  %351 = getelementptr <16 x float>, ptr %qs, i64 118
  %q92 = load <16 x float>, ptr %351, align 64
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %bf1684, <16 x float> %320)
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %bf1685, <16 x float> %321)
  %354 = getelementptr <16 x float>, ptr %qs, i64 7
  %q93 = load <16 x float>, ptr %354, align 64
  %355 = getelementptr i8, ptr %78, i64 224
  %356 = load <16 x i16>, ptr %355, align 2
  %357 = zext <16 x i16> %356 to <16 x i32>
  %358 = shl <16 x i32> %357, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1694 = bitcast <16 x i32> %358 to <16 x float>
  %359 = getelementptr i8, ptr %108, i64 224
  %360 = load <16 x i16>, ptr %359, align 2
  %361 = zext <16 x i16> %360 to <16 x i32>
  %362 = shl <16 x i32> %361, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1695 = bitcast <16 x i32> %362 to <16 x float>
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q93, <16 x float> %bf1694, <16 x float> %331)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q93, <16 x float> %bf1695, <16 x float> %332)
  %365 = getelementptr <16 x float>, ptr %qs, i64 23
  %q96 = load <16 x float>, ptr %365, align 64
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q96, <16 x float> %bf1694, <16 x float> %334)
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q96, <16 x float> %bf1695, <16 x float> %335)
  %368 = getelementptr <16 x float>, ptr %qs, i64 39
  %q97 = load <16 x float>, ptr %368, align 64
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q97, <16 x float> %bf1694, <16 x float> %337)
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q97, <16 x float> %bf1695, <16 x float> %338)
  %371 = getelementptr <16 x float>, ptr %qs, i64 55
  %q98 = load <16 x float>, ptr %371, align 64
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q98, <16 x float> %bf1694, <16 x float> %340)
  %373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q98, <16 x float> %bf1695, <16 x float> %341)
  %374 = getelementptr <16 x float>, ptr %qs, i64 71
  %q99 = load <16 x float>, ptr %374, align 64
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q99, <16 x float> %bf1694, <16 x float> %343)
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q99, <16 x float> %bf1695, <16 x float> %344)
  %377 = getelementptr <16 x float>, ptr %qs, i64 87
  %q100 = load <16 x float>, ptr %377, align 64
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q100, <16 x float> %bf1694, <16 x float> %346)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q100, <16 x float> %bf1695, <16 x float> %347)
  %380 = getelementptr <16 x float>, ptr %qs, i64 103
  %q101 = load <16 x float>, ptr %380, align 64
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q101, <16 x float> %bf1694, <16 x float> %349)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q101, <16 x float> %bf1695, <16 x float> %350)
  %383 = getelementptr <16 x float>, ptr %qs, i64 119
  %q102 = load <16 x float>, ptr %383, align 64
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q102, <16 x float> %bf1694, <16 x float> %352)
  %385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q102, <16 x float> %bf1695, <16 x float> %353)
  %386 = getelementptr <16 x float>, ptr %qs, i64 8
  %q103 = load <16 x float>, ptr %386, align 64
  %387 = getelementptr i8, ptr %78, i64 256
  %388 = load <16 x i16>, ptr %387, align 2
  %389 = zext <16 x i16> %388 to <16 x i32>
  %390 = shl <16 x i32> %389, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16104 = bitcast <16 x i32> %390 to <16 x float>
  %391 = getelementptr i8, ptr %108, i64 256
  %392 = load <16 x i16>, ptr %391, align 2
  %393 = zext <16 x i16> %392 to <16 x i32>
  %394 = shl <16 x i32> %393, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16105 = bitcast <16 x i32> %394 to <16 x float>
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q103, <16 x float> %bf16104, <16 x float> %363)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q103, <16 x float> %bf16105, <16 x float> %364)
  %397 = getelementptr <16 x float>, ptr %qs, i64 24
  %q106 = load <16 x float>, ptr %397, align 64
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q106, <16 x float> %bf16104, <16 x float> %366)
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q106, <16 x float> %bf16105, <16 x float> %367)
  %400 = getelementptr <16 x float>, ptr %qs, i64 40
  %q107 = load <16 x float>, ptr %400, align 64
  %401 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q107, <16 x float> %bf16104, <16 x float> %369)
  %402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q107, <16 x float> %bf16105, <16 x float> %370)
  %403 = getelementptr <16 x float>, ptr %qs, i64 56
  %q108 = load <16 x float>, ptr %403, align 64
  %404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q108, <16 x float> %bf16104, <16 x float> %372)
  %405 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q108, <16 x float> %bf16105, <16 x float> %373)
  %406 = getelementptr <16 x float>, ptr %qs, i64 72
  %q109 = load <16 x float>, ptr %406, align 64
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q109, <16 x float> %bf16104, <16 x float> %375)
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q109, <16 x float> %bf16105, <16 x float> %376)
  %409 = getelementptr <16 x float>, ptr %qs, i64 88
  %q110 = load <16 x float>, ptr %409, align 64
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q110, <16 x float> %bf16104, <16 x float> %378)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q110, <16 x float> %bf16105, <16 x float> %379)
  %412 = getelementptr <16 x float>, ptr %qs, i64 104
  %q111 = load <16 x float>, ptr %412, align 64
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q111, <16 x float> %bf16104, <16 x float> %381)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q111, <16 x float> %bf16105, <16 x float> %382)
  %415 = getelementptr <16 x float>, ptr %qs, i64 120
  %q112 = load <16 x float>, ptr %415, align 64
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q112, <16 x float> %bf16104, <16 x float> %384)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q112, <16 x float> %bf16105, <16 x float> %385)
  %418 = getelementptr <16 x float>, ptr %qs, i64 9
  %q113 = load <16 x float>, ptr %418, align 64
  %419 = getelementptr i8, ptr %78, i64 288
  %420 = load <16 x i16>, ptr %419, align 2
  %421 = zext <16 x i16> %420 to <16 x i32>
  %422 = shl <16 x i32> %421, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16114 = bitcast <16 x i32> %422 to <16 x float>
  %423 = getelementptr i8, ptr %108, i64 288
  %424 = load <16 x i16>, ptr %423, align 2
  %425 = zext <16 x i16> %424 to <16 x i32>
  %426 = shl <16 x i32> %425, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16115 = bitcast <16 x i32> %426 to <16 x float>
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q113, <16 x float> %bf16114, <16 x float> %395)
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q113, <16 x float> %bf16115, <16 x float> %396)
  %429 = getelementptr <16 x float>, ptr %qs, i64 25
  %q116 = load <16 x float>, ptr %429, align 64
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q116, <16 x float> %bf16114, <16 x float> %398)
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q116, <16 x float> %bf16115, <16 x float> %399)
  %432 = getelementptr <16 x float>, ptr %qs, i64 41
  %q117 = load <16 x float>, ptr %432, align 64
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q117, <16 x float> %bf16114, <16 x float> %401)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q117, <16 x float> %bf16115, <16 x float> %402)
  %435 = getelementptr <16 x float>, ptr %qs, i64 57
  %q118 = load <16 x float>, ptr %435, align 64
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q118, <16 x float> %bf16114, <16 x float> %404)
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q118, <16 x float> %bf16115, <16 x float> %405)
  %438 = getelementptr <16 x float>, ptr %qs, i64 73
  %q119 = load <16 x float>, ptr %438, align 64
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q119, <16 x float> %bf16114, <16 x float> %407)
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q119, <16 x float> %bf16115, <16 x float> %408)
  %441 = getelementptr <16 x float>, ptr %qs, i64 89
  %q120 = load <16 x float>, ptr %441, align 64
  %442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q120, <16 x float> %bf16114, <16 x float> %410)
  %443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q120, <16 x float> %bf16115, <16 x float> %411)
  %444 = getelementptr <16 x float>, ptr %qs, i64 105
  %q121 = load <16 x float>, ptr %444, align 64
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q121, <16 x float> %bf16114, <16 x float> %413)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q121, <16 x float> %bf16115, <16 x float> %414)
  %447 = getelementptr <16 x float>, ptr %qs, i64 121
  %q122 = load <16 x float>, ptr %447, align 64
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q122, <16 x float> %bf16114, <16 x float> %416)
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q122, <16 x float> %bf16115, <16 x float> %417)
  %450 = getelementptr <16 x float>, ptr %qs, i64 10
  %q123 = load <16 x float>, ptr %450, align 64
  %451 = getelementptr i8, ptr %78, i64 320
  %452 = load <16 x i16>, ptr %451, align 2
  %453 = zext <16 x i16> %452 to <16 x i32>
  %454 = shl <16 x i32> %453, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16124 = bitcast <16 x i32> %454 to <16 x float>
  %455 = getelementptr i8, ptr %108, i64 320
  %456 = load <16 x i16>, ptr %455, align 2
  %457 = zext <16 x i16> %456 to <16 x i32>
  %458 = shl <16 x i32> %457, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16125 = bitcast <16 x i32> %458 to <16 x float>
  %459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q123, <16 x float> %bf16124, <16 x float> %427)
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q123, <16 x float> %bf16125, <16 x float> %428)
  %461 = getelementptr <16 x float>, ptr %qs, i64 26
  %q126 = load <16 x float>, ptr %461, align 64
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q126, <16 x float> %bf16124, <16 x float> %430)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q126, <16 x float> %bf16125, <16 x float> %431)
  %464 = getelementptr <16 x float>, ptr %qs, i64 42
  %q127 = load <16 x float>, ptr %464, align 64
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q127, <16 x float> %bf16124, <16 x float> %433)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q127, <16 x float> %bf16125, <16 x float> %434)
  %467 = getelementptr <16 x float>, ptr %qs, i64 58
  %q128 = load <16 x float>, ptr %467, align 64
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q128, <16 x float> %bf16124, <16 x float> %436)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q128, <16 x float> %bf16125, <16 x float> %437)
  %470 = getelementptr <16 x float>, ptr %qs, i64 74
  %q129 = load <16 x float>, ptr %470, align 64
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q129, <16 x float> %bf16124, <16 x float> %439)
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q129, <16 x float> %bf16125, <16 x float> %440)
  %473 = getelementptr <16 x float>, ptr %qs, i64 90
  %q130 = load <16 x float>, ptr %473, align 64
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q130, <16 x float> %bf16124, <16 x float> %442)
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q130, <16 x float> %bf16125, <16 x float> %443)
  %476 = getelementptr <16 x float>, ptr %qs, i64 106
  %q131 = load <16 x float>, ptr %476, align 64
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q131, <16 x float> %bf16124, <16 x float> %445)
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q131, <16 x float> %bf16125, <16 x float> %446)
  %479 = getelementptr <16 x float>, ptr %qs, i64 122
  %q132 = load <16 x float>, ptr %479, align 64
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q132, <16 x float> %bf16124, <16 x float> %448)
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q132, <16 x float> %bf16125, <16 x float> %449)
  %482 = getelementptr <16 x float>, ptr %qs, i64 11
  %q133 = load <16 x float>, ptr %482, align 64
  %483 = getelementptr i8, ptr %78, i64 352
  %484 = load <16 x i16>, ptr %483, align 2
  %485 = zext <16 x i16> %484 to <16 x i32>
  %486 = shl <16 x i32> %485, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16134 = bitcast <16 x i32> %486 to <16 x float>
  %487 = getelementptr i8, ptr %108, i64 352
  %488 = load <16 x i16>, ptr %487, align 2
  %489 = zext <16 x i16> %488 to <16 x i32>
  %490 = shl <16 x i32> %489, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16135 = bitcast <16 x i32> %490 to <16 x float>
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q133, <16 x float> %bf16134, <16 x float> %459)
  %492 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q133, <16 x float> %bf16135, <16 x float> %460)
  %493 = getelementptr <16 x float>, ptr %qs, i64 27
  %q136 = load <16 x float>, ptr %493, align 64
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q136, <16 x float> %bf16134, <16 x float> %462)
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q136, <16 x float> %bf16135, <16 x float> %463)
  %496 = getelementptr <16 x float>, ptr %qs, i64 43
  %q137 = load <16 x float>, ptr %496, align 64
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q137, <16 x float> %bf16134, <16 x float> %465)
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q137, <16 x float> %bf16135, <16 x float> %466)
  %499 = getelementptr <16 x float>, ptr %qs, i64 59
  %q138 = load <16 x float>, ptr %499, align 64
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q138, <16 x float> %bf16134, <16 x float> %468)
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q138, <16 x float> %bf16135, <16 x float> %469)
  %502 = getelementptr <16 x float>, ptr %qs, i64 75
  %q139 = load <16 x float>, ptr %502, align 64
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q139, <16 x float> %bf16134, <16 x float> %471)
  %504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q139, <16 x float> %bf16135, <16 x float> %472)
  %505 = getelementptr <16 x float>, ptr %qs, i64 91
  %q140 = load <16 x float>, ptr %505, align 64
  %506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q140, <16 x float> %bf16134, <16 x float> %474)
  %507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q140, <16 x float> %bf16135, <16 x float> %475)
  %508 = getelementptr <16 x float>, ptr %qs, i64 107
  %q141 = load <16 x float>, ptr %508, align 64
  %509 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q141, <16 x float> %bf16134, <16 x float> %477)
  %510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q141, <16 x float> %bf16135, <16 x float> %478)
  %511 = getelementptr <16 x float>, ptr %qs, i64 123
  %q142 = load <16 x float>, ptr %511, align 64
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q142, <16 x float> %bf16134, <16 x float> %480)
  %513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q142, <16 x float> %bf16135, <16 x float> %481)
  %514 = getelementptr <16 x float>, ptr %qs, i64 12
  %q143 = load <16 x float>, ptr %514, align 64
  %515 = getelementptr i8, ptr %78, i64 384
  %516 = load <16 x i16>, ptr %515, align 2
  %517 = zext <16 x i16> %516 to <16 x i32>
  %518 = shl <16 x i32> %517, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16144 = bitcast <16 x i32> %518 to <16 x float>
  %519 = getelementptr i8, ptr %108, i64 384
  %520 = load <16 x i16>, ptr %519, align 2
  %521 = zext <16 x i16> %520 to <16 x i32>
  %522 = shl <16 x i32> %521, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16145 = bitcast <16 x i32> %522 to <16 x float>
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q143, <16 x float> %bf16144, <16 x float> %491)
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q143, <16 x float> %bf16145, <16 x float> %492)
  %525 = getelementptr <16 x float>, ptr %qs, i64 28
  %q146 = load <16 x float>, ptr %525, align 64
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q146, <16 x float> %bf16144, <16 x float> %494)
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q146, <16 x float> %bf16145, <16 x float> %495)
  %528 = getelementptr <16 x float>, ptr %qs, i64 44
  %q147 = load <16 x float>, ptr %528, align 64
  %529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q147, <16 x float> %bf16144, <16 x float> %497)
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q147, <16 x float> %bf16145, <16 x float> %498)
  %531 = getelementptr <16 x float>, ptr %qs, i64 60
  %q148 = load <16 x float>, ptr %531, align 64
  %532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q148, <16 x float> %bf16144, <16 x float> %500)
  %533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q148, <16 x float> %bf16145, <16 x float> %501)
  %534 = getelementptr <16 x float>, ptr %qs, i64 76
  %q149 = load <16 x float>, ptr %534, align 64
  %535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q149, <16 x float> %bf16144, <16 x float> %503)
  %536 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q149, <16 x float> %bf16145, <16 x float> %504)
  %537 = getelementptr <16 x float>, ptr %qs, i64 92
  %q150 = load <16 x float>, ptr %537, align 64
  %538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q150, <16 x float> %bf16144, <16 x float> %506)
  %539 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q150, <16 x float> %bf16145, <16 x float> %507)
  %540 = getelementptr <16 x float>, ptr %qs, i64 108
  %q151 = load <16 x float>, ptr %540, align 64
  %541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q151, <16 x float> %bf16144, <16 x float> %509)
  %542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q151, <16 x float> %bf16145, <16 x float> %510)
  %543 = getelementptr <16 x float>, ptr %qs, i64 124
  %q152 = load <16 x float>, ptr %543, align 64
  %544 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q152, <16 x float> %bf16144, <16 x float> %512)
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q152, <16 x float> %bf16145, <16 x float> %513)
  %546 = getelementptr <16 x float>, ptr %qs, i64 13
  %q153 = load <16 x float>, ptr %546, align 64
  %547 = getelementptr i8, ptr %78, i64 416
  %548 = load <16 x i16>, ptr %547, align 2
  %549 = zext <16 x i16> %548 to <16 x i32>
  %550 = shl <16 x i32> %549, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16154 = bitcast <16 x i32> %550 to <16 x float>
  %551 = getelementptr i8, ptr %108, i64 416
  %552 = load <16 x i16>, ptr %551, align 2
  %553 = zext <16 x i16> %552 to <16 x i32>
  %554 = shl <16 x i32> %553, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16155 = bitcast <16 x i32> %554 to <16 x float>
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q153, <16 x float> %bf16154, <16 x float> %523)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q153, <16 x float> %bf16155, <16 x float> %524)
  %557 = getelementptr <16 x float>, ptr %qs, i64 29
  %q156 = load <16 x float>, ptr %557, align 64
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q156, <16 x float> %bf16154, <16 x float> %526)
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q156, <16 x float> %bf16155, <16 x float> %527)
  %560 = getelementptr <16 x float>, ptr %qs, i64 45
  %q157 = load <16 x float>, ptr %560, align 64
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q157, <16 x float> %bf16154, <16 x float> %529)
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q157, <16 x float> %bf16155, <16 x float> %530)
  %563 = getelementptr <16 x float>, ptr %qs, i64 61
  %q158 = load <16 x float>, ptr %563, align 64
  %564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q158, <16 x float> %bf16154, <16 x float> %532)
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q158, <16 x float> %bf16155, <16 x float> %533)
  %566 = getelementptr <16 x float>, ptr %qs, i64 77
  %q159 = load <16 x float>, ptr %566, align 64
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q159, <16 x float> %bf16154, <16 x float> %535)
  %568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q159, <16 x float> %bf16155, <16 x float> %536)
  %569 = getelementptr <16 x float>, ptr %qs, i64 93
  %q160 = load <16 x float>, ptr %569, align 64
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q160, <16 x float> %bf16154, <16 x float> %538)
  %571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q160, <16 x float> %bf16155, <16 x float> %539)
  %572 = getelementptr <16 x float>, ptr %qs, i64 109
  %q161 = load <16 x float>, ptr %572, align 64
  %573 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q161, <16 x float> %bf16154, <16 x float> %541)
  %574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q161, <16 x float> %bf16155, <16 x float> %542)
  %575 = getelementptr <16 x float>, ptr %qs, i64 125
  %q162 = load <16 x float>, ptr %575, align 64
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q162, <16 x float> %bf16154, <16 x float> %544)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q162, <16 x float> %bf16155, <16 x float> %545)
  %578 = getelementptr <16 x float>, ptr %qs, i64 14
  %q163 = load <16 x float>, ptr %578, align 64
  %579 = getelementptr i8, ptr %78, i64 448
  %580 = load <16 x i16>, ptr %579, align 2
  %581 = zext <16 x i16> %580 to <16 x i32>
  %582 = shl <16 x i32> %581, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16164 = bitcast <16 x i32> %582 to <16 x float>
  %583 = getelementptr i8, ptr %108, i64 448
  %584 = load <16 x i16>, ptr %583, align 2
  %585 = zext <16 x i16> %584 to <16 x i32>
  %586 = shl <16 x i32> %585, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16165 = bitcast <16 x i32> %586 to <16 x float>
  %587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q163, <16 x float> %bf16164, <16 x float> %555)
  %588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q163, <16 x float> %bf16165, <16 x float> %556)
  %589 = getelementptr <16 x float>, ptr %qs, i64 30
  %q166 = load <16 x float>, ptr %589, align 64
  %590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q166, <16 x float> %bf16164, <16 x float> %558)
  %591 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q166, <16 x float> %bf16165, <16 x float> %559)
  %592 = getelementptr <16 x float>, ptr %qs, i64 46
  %q167 = load <16 x float>, ptr %592, align 64
  %593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q167, <16 x float> %bf16164, <16 x float> %561)
  %594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q167, <16 x float> %bf16165, <16 x float> %562)
  %595 = getelementptr <16 x float>, ptr %qs, i64 62
  %q168 = load <16 x float>, ptr %595, align 64
  %596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q168, <16 x float> %bf16164, <16 x float> %564)
  %597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q168, <16 x float> %bf16165, <16 x float> %565)
  %598 = getelementptr <16 x float>, ptr %qs, i64 78
  %q169 = load <16 x float>, ptr %598, align 64
  %599 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q169, <16 x float> %bf16164, <16 x float> %567)
  %600 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q169, <16 x float> %bf16165, <16 x float> %568)
  %601 = getelementptr <16 x float>, ptr %qs, i64 94
  %q170 = load <16 x float>, ptr %601, align 64
  %602 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q170, <16 x float> %bf16164, <16 x float> %570)
  %603 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q170, <16 x float> %bf16165, <16 x float> %571)
  %604 = getelementptr <16 x float>, ptr %qs, i64 110
  %q171 = load <16 x float>, ptr %604, align 64
  %605 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q171, <16 x float> %bf16164, <16 x float> %573)
  %606 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q171, <16 x float> %bf16165, <16 x float> %574)
  %607 = getelementptr <16 x float>, ptr %qs, i64 126
  %q172 = load <16 x float>, ptr %607, align 64
  %608 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q172, <16 x float> %bf16164, <16 x float> %576)
  %609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q172, <16 x float> %bf16165, <16 x float> %577)
  %610 = getelementptr <16 x float>, ptr %qs, i64 15
  %q173 = load <16 x float>, ptr %610, align 64
  %611 = getelementptr i8, ptr %78, i64 480
  %612 = load <16 x i16>, ptr %611, align 2
  %613 = zext <16 x i16> %612 to <16 x i32>
  %614 = shl <16 x i32> %613, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16174 = bitcast <16 x i32> %614 to <16 x float>
  %615 = getelementptr i8, ptr %108, i64 480
  %616 = load <16 x i16>, ptr %615, align 2
  %617 = zext <16 x i16> %616 to <16 x i32>
  %618 = shl <16 x i32> %617, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16175 = bitcast <16 x i32> %618 to <16 x float>
  %619 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q173, <16 x float> %bf16174, <16 x float> %587)
  %620 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q173, <16 x float> %bf16175, <16 x float> %588)
  %621 = getelementptr <16 x float>, ptr %qs, i64 31
  %q176 = load <16 x float>, ptr %621, align 64
  %622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q176, <16 x float> %bf16174, <16 x float> %590)
  %623 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q176, <16 x float> %bf16175, <16 x float> %591)
  %624 = getelementptr <16 x float>, ptr %qs, i64 47
  %q177 = load <16 x float>, ptr %624, align 64
  %625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q177, <16 x float> %bf16174, <16 x float> %593)
  %626 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q177, <16 x float> %bf16175, <16 x float> %594)
  %627 = getelementptr <16 x float>, ptr %qs, i64 63
  %q178 = load <16 x float>, ptr %627, align 64
  %628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q178, <16 x float> %bf16174, <16 x float> %596)
  %629 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q178, <16 x float> %bf16175, <16 x float> %597)
  %630 = getelementptr <16 x float>, ptr %qs, i64 79
  %q179 = load <16 x float>, ptr %630, align 64
  %631 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q179, <16 x float> %bf16174, <16 x float> %599)
  %632 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q179, <16 x float> %bf16175, <16 x float> %600)
  %633 = getelementptr <16 x float>, ptr %qs, i64 95
  %q180 = load <16 x float>, ptr %633, align 64
  %634 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q180, <16 x float> %bf16174, <16 x float> %602)
  %635 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q180, <16 x float> %bf16175, <16 x float> %603)
  %636 = getelementptr <16 x float>, ptr %qs, i64 111
  %q181 = load <16 x float>, ptr %636, align 64
  %637 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q181, <16 x float> %bf16174, <16 x float> %605)
  %638 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q181, <16 x float> %bf16175, <16 x float> %606)
  %639 = getelementptr <16 x float>, ptr %qs, i64 127
  %q182 = load <16 x float>, ptr %639, align 64
  %640 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q182, <16 x float> %bf16174, <16 x float> %608)
  %641 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q182, <16 x float> %bf16175, <16 x float> %609)
  %642 = sext i32 %kdot17 to i64
  %643 = getelementptr <16 x float>, ptr %dbuf, i64 %642
  store <16 x float> %619, ptr %643, align 64
  %644 = sext i32 %103 to i64
  %645 = getelementptr <16 x float>, ptr %dbuf, i64 %644
  store <16 x float> %620, ptr %645, align 64
  %646 = add i64 32, %642
  %647 = getelementptr <16 x float>, ptr %dbuf, i64 %646
  store <16 x float> %622, ptr %647, align 64
  %648 = add i64 32, %644
  %649 = getelementptr <16 x float>, ptr %dbuf, i64 %648
  store <16 x float> %623, ptr %649, align 64
  %650 = add i64 64, %642
  %651 = getelementptr <16 x float>, ptr %dbuf, i64 %650
  store <16 x float> %625, ptr %651, align 64
  %652 = add i64 64, %644
  %653 = getelementptr <16 x float>, ptr %dbuf, i64 %652
  store <16 x float> %626, ptr %653, align 64
  %654 = add i64 96, %642
  %655 = getelementptr <16 x float>, ptr %dbuf, i64 %654
  store <16 x float> %628, ptr %655, align 64
  %656 = add i64 96, %644
  %657 = getelementptr <16 x float>, ptr %dbuf, i64 %656
  store <16 x float> %629, ptr %657, align 64
  %658 = add i64 128, %642
  %659 = getelementptr <16 x float>, ptr %dbuf, i64 %658
  store <16 x float> %631, ptr %659, align 64
  %660 = add i64 128, %644
  %661 = getelementptr <16 x float>, ptr %dbuf, i64 %660
  store <16 x float> %632, ptr %661, align 64
  %662 = add i64 160, %642
  %663 = getelementptr <16 x float>, ptr %dbuf, i64 %662
  store <16 x float> %634, ptr %663, align 64
  %664 = add i64 160, %644
  %665 = getelementptr <16 x float>, ptr %dbuf, i64 %664
  store <16 x float> %635, ptr %665, align 64
  %666 = add i64 192, %642
  %667 = getelementptr <16 x float>, ptr %dbuf, i64 %666
  store <16 x float> %637, ptr %667, align 64
  %668 = add i64 192, %644
  %669 = getelementptr <16 x float>, ptr %dbuf, i64 %668
  store <16 x float> %638, ptr %669, align 64
  %670 = add i64 224, %642
  %671 = getelementptr <16 x float>, ptr %dbuf, i64 %670
  store <16 x float> %640, ptr %671, align 64
  %672 = add i64 224, %644
  %673 = getelementptr <16 x float>, ptr %dbuf, i64 %672
  store <16 x float> %641, ptr %673, align 64
  %674 = add nsw i32 %kdot17, 2
  br label %kdot

score:                                            ; preds = %kdot, %body183
  %score186 = phi i64 [ %788, %body183 ], [ 0, %kdot ]
  %675 = icmp slt i64 %score186, 16
  br i1 %675, label %body183, label %rmax

body183:                                          ; preds = %score
  %676 = sdiv i64 %score186, 2
  %677 = srem i64 %score186, 2
  %678 = mul i64 %677, 16
  %679 = mul i64 %676, 32
  %680 = add i64 %679, %678
  %681 = getelementptr <16 x float>, ptr %dbuf, i64 %680
  %682 = load <16 x float>, ptr %681, align 64
  %683 = add i64 %680, 1
  %684 = getelementptr <16 x float>, ptr %dbuf, i64 %683
  %685 = load <16 x float>, ptr %684, align 64
  %686 = shufflevector <16 x float> %682, <16 x float> %685, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %687 = shufflevector <16 x float> %682, <16 x float> %685, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %688 = fadd <16 x float> %686, %687
  %689 = add i64 %680, 2
  %690 = getelementptr <16 x float>, ptr %dbuf, i64 %689
  %691 = load <16 x float>, ptr %690, align 64
  %692 = add i64 %680, 3
  %693 = getelementptr <16 x float>, ptr %dbuf, i64 %692
  %694 = load <16 x float>, ptr %693, align 64
  %695 = shufflevector <16 x float> %691, <16 x float> %694, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %696 = shufflevector <16 x float> %691, <16 x float> %694, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %697 = fadd <16 x float> %695, %696
  %698 = shufflevector <16 x float> %688, <16 x float> %697, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %699 = shufflevector <16 x float> %688, <16 x float> %697, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %700 = fadd <16 x float> %698, %699
  %701 = add i64 %680, 4
  %702 = getelementptr <16 x float>, ptr %dbuf, i64 %701
  %703 = load <16 x float>, ptr %702, align 64
  %704 = add i64 %680, 5
  %705 = getelementptr <16 x float>, ptr %dbuf, i64 %704
  %706 = load <16 x float>, ptr %705, align 64
  %707 = shufflevector <16 x float> %703, <16 x float> %706, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %708 = shufflevector <16 x float> %703, <16 x float> %706, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %709 = fadd <16 x float> %707, %708
  %710 = add i64 %680, 6
  %711 = getelementptr <16 x float>, ptr %dbuf, i64 %710
  %712 = load <16 x float>, ptr %711, align 64
  %713 = add i64 %680, 7
  %714 = getelementptr <16 x float>, ptr %dbuf, i64 %713
  %715 = load <16 x float>, ptr %714, align 64
  %716 = shufflevector <16 x float> %712, <16 x float> %715, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %717 = shufflevector <16 x float> %712, <16 x float> %715, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %718 = fadd <16 x float> %716, %717
  %719 = shufflevector <16 x float> %709, <16 x float> %718, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %720 = shufflevector <16 x float> %709, <16 x float> %718, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %721 = fadd <16 x float> %719, %720
  %722 = shufflevector <16 x float> %700, <16 x float> %721, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %723 = shufflevector <16 x float> %700, <16 x float> %721, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %724 = fadd <16 x float> %722, %723
  %725 = add i64 %680, 8
  %726 = getelementptr <16 x float>, ptr %dbuf, i64 %725
  %727 = load <16 x float>, ptr %726, align 64
  %728 = add i64 %680, 9
  %729 = getelementptr <16 x float>, ptr %dbuf, i64 %728
  %730 = load <16 x float>, ptr %729, align 64
  %731 = shufflevector <16 x float> %727, <16 x float> %730, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %732 = shufflevector <16 x float> %727, <16 x float> %730, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %733 = fadd <16 x float> %731, %732
  %734 = add i64 %680, 10
  %735 = getelementptr <16 x float>, ptr %dbuf, i64 %734
  %736 = load <16 x float>, ptr %735, align 64
  %737 = add i64 %680, 11
  %738 = getelementptr <16 x float>, ptr %dbuf, i64 %737
  %739 = load <16 x float>, ptr %738, align 64
  %740 = shufflevector <16 x float> %736, <16 x float> %739, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %741 = shufflevector <16 x float> %736, <16 x float> %739, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %742 = fadd <16 x float> %740, %741
  %743 = shufflevector <16 x float> %733, <16 x float> %742, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %744 = shufflevector <16 x float> %733, <16 x float> %742, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %745 = fadd <16 x float> %743, %744
  %746 = add i64 %680, 12
  %747 = getelementptr <16 x float>, ptr %dbuf, i64 %746
  %748 = load <16 x float>, ptr %747, align 64
  %749 = add i64 %680, 13
  %750 = getelementptr <16 x float>, ptr %dbuf, i64 %749
  %751 = load <16 x float>, ptr %750, align 64
  %752 = shufflevector <16 x float> %748, <16 x float> %751, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %753 = shufflevector <16 x float> %748, <16 x float> %751, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %754 = fadd <16 x float> %752, %753
  %755 = add i64 %680, 14
  %756 = getelementptr <16 x float>, ptr %dbuf, i64 %755
  %757 = load <16 x float>, ptr %756, align 64
  %758 = add i64 %680, 15
  %759 = getelementptr <16 x float>, ptr %dbuf, i64 %758
  %760 = load <16 x float>, ptr %759, align 64
  %761 = shufflevector <16 x float> %757, <16 x float> %760, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %762 = shufflevector <16 x float> %757, <16 x float> %760, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %763 = fadd <16 x float> %761, %762
  %764 = shufflevector <16 x float> %754, <16 x float> %763, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %765 = shufflevector <16 x float> %754, <16 x float> %763, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %766 = fadd <16 x float> %764, %765
  %767 = shufflevector <16 x float> %745, <16 x float> %766, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %768 = shufflevector <16 x float> %745, <16 x float> %766, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %769 = fadd <16 x float> %767, %768
  %770 = shufflevector <16 x float> %724, <16 x float> %769, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %771 = shufflevector <16 x float> %724, <16 x float> %769, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %772 = fadd <16 x float> %770, %771
  %773 = getelementptr i32, ptr %lims, i64 %676
  %774 = load i32, ptr %773, align 4
  %775 = insertelement <16 x i32> poison, i32 %774, i32 0
  %splat187 = shufflevector <16 x i32> %775, <16 x i32> poison, <16 x i32> zeroinitializer
  %776 = trunc i64 %678 to i32
  %777 = add i32 %kblock13, %776
  %778 = insertelement <16 x i32> poison, i32 %777, i32 0
  %splat188 = shufflevector <16 x i32> %778, <16 x i32> poison, <16 x i32> zeroinitializer
  %779 = add <16 x i32> %splat188, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %780 = icmp slt <16 x i32> %779, %splat187
  %781 = select <16 x i1> %780, <16 x float> %772, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %782 = getelementptr float, ptr %pbuf, i64 %680
  store <16 x float> %781, ptr %782, align 64
  %783 = getelementptr <16 x float>, ptr %smax, i64 %676
  %784 = icmp eq i64 %677, 0
  %785 = load <16 x float>, ptr %783, align 64
  %786 = select i1 %784, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %785
  %787 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %786, <16 x float> %781)
  store <16 x float> %787, ptr %783, align 64
  %788 = add nsw i64 %score186, 1
  br label %score

rmax:                                             ; preds = %score, %body189
  %rmax192 = phi i64 [ %825, %body189 ], [ 0, %score ]
  %789 = icmp slt i64 %rmax192, 8
  br i1 %789, label %body189, label %pexp

body189:                                          ; preds = %rmax
  %790 = getelementptr float, ptr %ms, i64 %rmax192
  %m = load float, ptr %790, align 4
  %791 = getelementptr <16 x float>, ptr %smax, i64 %rmax192
  %792 = load <16 x float>, ptr %791, align 64
  %793 = shufflevector <16 x float> %792, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %794 = shufflevector <16 x float> %792, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %795 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %793, <8 x float> %794)
  %796 = shufflevector <8 x float> %795, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %797 = shufflevector <8 x float> %795, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %798 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %796, <4 x float> %797)
  %799 = shufflevector <4 x float> %798, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %800 = shufflevector <4 x float> %798, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %801 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %799, <2 x float> %800)
  %802 = shufflevector <2 x float> %801, <2 x float> undef, <1 x i32> zeroinitializer
  %803 = shufflevector <2 x float> %801, <2 x float> undef, <1 x i32> <i32 1>
  %804 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %802, <1 x float> %803)
  %805 = extractelement <1 x float> %804, i32 0
  %806 = call float @llvm.maxnum.f32(float %m, float %805)
  %807 = fcmp oeq float %806, 0xFFF0000000000000
  %muse193 = select i1 %807, float 0.000000e+00, float %806
  %808 = fsub float %m, %muse193
  %809 = insertelement <16 x float> poison, float %808, i32 0
  %splat194 = shufflevector <16 x float> %809, <16 x float> poison, <16 x i32> zeroinitializer
  %810 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat194, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %811 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %810, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %812 = fadd <16 x float> %811, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %812, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %811, %n
  %813 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %814 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %813, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %815 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %814, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %816 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %815, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %817 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %816, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %818 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %817, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %819 = fptosi <16 x float> %n to <16 x i32>
  %820 = add <16 x i32> %819, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %821 = shl <16 x i32> %820, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %822 = bitcast <16 x i32> %821 to <16 x float>
  %exp2 = fmul <16 x float> %818, %822
  %alpha195 = extractelement <16 x float> %exp2, i32 0
  store float %806, ptr %790, align 4
  %823 = getelementptr float, ptr %muse, i64 %rmax192
  store float %muse193, ptr %823, align 4
  %824 = getelementptr float, ptr %alpha, i64 %rmax192
  store float %alpha195, ptr %824, align 4
  %825 = add nsw i64 %rmax192, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body196
  %pexp199 = phi i64 [ %856, %body196 ], [ 0, %rmax ]
  %826 = icmp slt i64 %pexp199, 16
  br i1 %826, label %body196, label %lsum204

body196:                                          ; preds = %pexp
  %827 = sdiv i64 %pexp199, 2
  %828 = srem i64 %pexp199, 2
  %829 = mul i64 %828, 16
  %830 = mul i64 %827, 32
  %831 = add i64 %830, %829
  %832 = getelementptr float, ptr %pbuf, i64 %831
  %833 = getelementptr float, ptr %muse, i64 %827
  %834 = load float, ptr %833, align 4
  %835 = insertelement <16 x float> poison, float %834, i32 0
  %splat200 = shufflevector <16 x float> %835, <16 x float> poison, <16 x i32> zeroinitializer
  %836 = load <16 x float>, ptr %832, align 64
  %837 = fsub <16 x float> %836, %splat200
  %838 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %837, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %839 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %838, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %840 = fadd <16 x float> %839, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n201 = fsub <16 x float> %840, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f202 = fsub <16 x float> %839, %n201
  %841 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f202, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %842 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %841, <16 x float> %f202, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %843 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %842, <16 x float> %f202, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %844 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %843, <16 x float> %f202, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %845 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %844, <16 x float> %f202, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %846 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %845, <16 x float> %f202, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %847 = fptosi <16 x float> %n201 to <16 x i32>
  %848 = add <16 x i32> %847, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %849 = shl <16 x i32> %848, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %850 = bitcast <16 x i32> %849 to <16 x float>
  %exp2203 = fmul <16 x float> %846, %850
  store <16 x float> %exp2203, ptr %832, align 64
  %851 = getelementptr <16 x float>, ptr %lsum, i64 %827
  %852 = icmp eq i64 %828, 0
  %853 = load <16 x float>, ptr %851, align 64
  %854 = select i1 %852, <16 x float> zeroinitializer, <16 x float> %853
  %855 = fadd <16 x float> %854, %exp2203
  store <16 x float> %855, ptr %851, align 64
  %856 = add nsw i64 %pexp199, 1
  br label %pexp

lsum204:                                          ; preds = %pexp, %body205
  %lsum208 = phi i64 [ %865, %body205 ], [ 0, %pexp ]
  %857 = icmp slt i64 %lsum208, 8
  br i1 %857, label %body205, label %exit207

body205:                                          ; preds = %lsum204
  %858 = getelementptr float, ptr %ls, i64 %lsum208
  %859 = getelementptr float, ptr %alpha, i64 %lsum208
  %860 = load float, ptr %859, align 4
  %861 = getelementptr <16 x float>, ptr %lsum, i64 %lsum208
  %862 = load <16 x float>, ptr %861, align 64
  %863 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %862)
  %l = load float, ptr %858, align 4
  %864 = call float @llvm.fmuladd.f32(float %l, float %860, float %863)
  store float %864, ptr %858, align 4
  %865 = add nsw i64 %lsum208, 1
  br label %lsum204

exit207:                                          ; preds = %lsum204
  %866 = sub i32 %fact, %kblock13
  %867 = call i32 @llvm.smin.i32(i32 32, i32 %866)
  br label %pvpass

pvpass:                                           ; preds = %exit223, %exit207
  %pvpass212 = phi i64 [ 0, %exit207 ], [ %1025, %exit223 ]
  %868 = icmp slt i64 %pvpass212, 8
  br i1 %868, label %body209, label %kblock

body209:                                          ; preds = %pvpass
  %c0 = mul i64 %pvpass212, 2
  %c0e = mul i64 %c0, 16
  %869 = mul i64 %c0e, 16
  %870 = sdiv i64 %869, 8
  %871 = load float, ptr %alpha, align 4
  %872 = insertelement <16 x float> poison, float %871, i32 0
  %splat213 = shufflevector <16 x float> %872, <16 x float> poison, <16 x i32> zeroinitializer
  %873 = getelementptr float, ptr %accs, i64 %c0e
  %874 = load <16 x float>, ptr %873, align 64
  %875 = fmul <16 x float> %874, %splat213
  %876 = add i64 %c0e, 16
  %877 = getelementptr float, ptr %accs, i64 %876
  %878 = load <16 x float>, ptr %877, align 64
  %879 = fmul <16 x float> %878, %splat213
  %880 = getelementptr float, ptr %alpha, i64 1
  %881 = load float, ptr %880, align 4
  %882 = insertelement <16 x float> poison, float %881, i32 0
  %splat214 = shufflevector <16 x float> %882, <16 x float> poison, <16 x i32> zeroinitializer
  %883 = add i64 %c0e, 256
  %884 = getelementptr float, ptr %accs, i64 %883
  %885 = load <16 x float>, ptr %884, align 64
  %886 = fmul <16 x float> %885, %splat214
  %887 = add i64 %c0e, 272
  %888 = getelementptr float, ptr %accs, i64 %887
  %889 = load <16 x float>, ptr %888, align 64
  %890 = fmul <16 x float> %889, %splat214
  %891 = getelementptr float, ptr %alpha, i64 2
  %892 = load float, ptr %891, align 4
  %893 = insertelement <16 x float> poison, float %892, i32 0
  %splat215 = shufflevector <16 x float> %893, <16 x float> poison, <16 x i32> zeroinitializer
  %894 = add i64 %c0e, 512
  %895 = getelementptr float, ptr %accs, i64 %894
  %896 = load <16 x float>, ptr %895, align 64
  %897 = fmul <16 x float> %896, %splat215
  %898 = add i64 %c0e, 528
  %899 = getelementptr float, ptr %accs, i64 %898
  %900 = load <16 x float>, ptr %899, align 64
  %901 = fmul <16 x float> %900, %splat215
  %902 = getelementptr float, ptr %alpha, i64 3
  %903 = load float, ptr %902, align 4
  %904 = insertelement <16 x float> poison, float %903, i32 0
  %splat216 = shufflevector <16 x float> %904, <16 x float> poison, <16 x i32> zeroinitializer
  %905 = add i64 %c0e, 768
  %906 = getelementptr float, ptr %accs, i64 %905
  %907 = load <16 x float>, ptr %906, align 64
  %908 = fmul <16 x float> %907, %splat216
  %909 = add i64 %c0e, 784
  %910 = getelementptr float, ptr %accs, i64 %909
  %911 = load <16 x float>, ptr %910, align 64
  %912 = fmul <16 x float> %911, %splat216
  %913 = getelementptr float, ptr %alpha, i64 4
  %914 = load float, ptr %913, align 4
  %915 = insertelement <16 x float> poison, float %914, i32 0
  %splat217 = shufflevector <16 x float> %915, <16 x float> poison, <16 x i32> zeroinitializer
  %916 = add i64 %c0e, 1024
  %917 = getelementptr float, ptr %accs, i64 %916
  %918 = load <16 x float>, ptr %917, align 64
  %919 = fmul <16 x float> %918, %splat217
  %920 = add i64 %c0e, 1040
  %921 = getelementptr float, ptr %accs, i64 %920
  %922 = load <16 x float>, ptr %921, align 64
  %923 = fmul <16 x float> %922, %splat217
  %924 = getelementptr float, ptr %alpha, i64 5
  %925 = load float, ptr %924, align 4
  %926 = insertelement <16 x float> poison, float %925, i32 0
  %splat218 = shufflevector <16 x float> %926, <16 x float> poison, <16 x i32> zeroinitializer
  %927 = add i64 %c0e, 1280
  %928 = getelementptr float, ptr %accs, i64 %927
  %929 = load <16 x float>, ptr %928, align 64
  %930 = fmul <16 x float> %929, %splat218
  %931 = add i64 %c0e, 1296
  %932 = getelementptr float, ptr %accs, i64 %931
  %933 = load <16 x float>, ptr %932, align 64
  %934 = fmul <16 x float> %933, %splat218
  %935 = getelementptr float, ptr %alpha, i64 6
  %936 = load float, ptr %935, align 4
  %937 = insertelement <16 x float> poison, float %936, i32 0
  %splat219 = shufflevector <16 x float> %937, <16 x float> poison, <16 x i32> zeroinitializer
  %938 = add i64 %c0e, 1536
  %939 = getelementptr float, ptr %accs, i64 %938
  %940 = load <16 x float>, ptr %939, align 64
  %941 = fmul <16 x float> %940, %splat219
  %942 = add i64 %c0e, 1552
  %943 = getelementptr float, ptr %accs, i64 %942
  %944 = load <16 x float>, ptr %943, align 64
  %945 = fmul <16 x float> %944, %splat219
  %946 = getelementptr float, ptr %alpha, i64 7
  %947 = load float, ptr %946, align 4
  %948 = insertelement <16 x float> poison, float %947, i32 0
  %splat220 = shufflevector <16 x float> %948, <16 x float> poison, <16 x i32> zeroinitializer
  %949 = add i64 %c0e, 1792
  %950 = getelementptr float, ptr %accs, i64 %949
  %951 = load <16 x float>, ptr %950, align 64
  %952 = fmul <16 x float> %951, %splat220
  %953 = add i64 %c0e, 1808
  %954 = getelementptr float, ptr %accs, i64 %953
  %955 = load <16 x float>, ptr %954, align 64
  %956 = fmul <16 x float> %955, %splat220
  br label %kpv

kpv:                                              ; preds = %body221, %body209
  %pacc.sroa.60.0 = phi <16 x float> [ %956, %body209 ], [ %1023, %body221 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %952, %body209 ], [ %1010, %body221 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %945, %body209 ], [ %1022, %body221 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %941, %body209 ], [ %1009, %body221 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %934, %body209 ], [ %1021, %body221 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %930, %body209 ], [ %1008, %body221 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %923, %body209 ], [ %1020, %body221 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %919, %body209 ], [ %1007, %body221 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %912, %body209 ], [ %1019, %body221 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %908, %body209 ], [ %1006, %body221 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %901, %body209 ], [ %1018, %body221 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %897, %body209 ], [ %1005, %body221 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %890, %body209 ], [ %1017, %body221 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %886, %body209 ], [ %1004, %body221 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %879, %body209 ], [ %1016, %body221 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %875, %body209 ], [ %1003, %body221 ]
  %kpv224 = phi i32 [ 0, %body209 ], [ %1024, %body221 ]
  %957 = icmp slt i32 %kpv224, %867
  br i1 %957, label %body221, label %exit223

body221:                                          ; preds = %kpv
  %958 = add i32 %kblock13, %kpv224
  %959 = sext i32 %958 to i64
  %row225 = add i64 %23, %959
  %960 = mul i64 %row225, 512
  %961 = getelementptr i8, ptr %25, i64 %960
  %962 = add i32 %958, 8
  %963 = call i32 @llvm.smin.i32(i32 %962, i32 %k_last)
  %964 = sext i32 %963 to i64
  %row226 = add i64 %23, %964
  %965 = mul i64 %row226, 512
  %966 = getelementptr i8, ptr %25, i64 %965
  %967 = getelementptr i8, ptr %966, i64 %870
  call void @llvm.prefetch.p0(ptr %967, i32 0, i32 3, i32 1)
  %968 = add i32 %72, %kpv224
  %969 = call i32 @llvm.smin.i32(i32 %968, i32 %k_last)
  %970 = sext i32 %969 to i64
  %row227 = add i64 %23, %970
  %971 = mul i64 %row227, 512
  %972 = getelementptr i8, ptr %25, i64 %971
  %973 = getelementptr i8, ptr %972, i64 %870
  call void @llvm.prefetch.p0(ptr %973, i32 0, i32 2, i32 1)
  %974 = sext i32 %kpv224 to i64
  %975 = getelementptr float, ptr %pbuf, i64 %974
  %p = load float, ptr %975, align 4
  %976 = insertelement <16 x float> poison, float %p, i32 0
  %splat228 = shufflevector <16 x float> %976, <16 x float> poison, <16 x i32> zeroinitializer
  %977 = add i64 32, %974
  %978 = getelementptr float, ptr %pbuf, i64 %977
  %p229 = load float, ptr %978, align 4
  %979 = insertelement <16 x float> poison, float %p229, i32 0
  %splat230 = shufflevector <16 x float> %979, <16 x float> poison, <16 x i32> zeroinitializer
  %980 = add i64 64, %974
  %981 = getelementptr float, ptr %pbuf, i64 %980
  %p231 = load float, ptr %981, align 4
  %982 = insertelement <16 x float> poison, float %p231, i32 0
  %splat232 = shufflevector <16 x float> %982, <16 x float> poison, <16 x i32> zeroinitializer
  %983 = add i64 96, %974
  %984 = getelementptr float, ptr %pbuf, i64 %983
  %p233 = load float, ptr %984, align 4
  %985 = insertelement <16 x float> poison, float %p233, i32 0
  %splat234 = shufflevector <16 x float> %985, <16 x float> poison, <16 x i32> zeroinitializer
  %986 = add i64 128, %974
  %987 = getelementptr float, ptr %pbuf, i64 %986
  %p235 = load float, ptr %987, align 4
  %988 = insertelement <16 x float> poison, float %p235, i32 0
  %splat236 = shufflevector <16 x float> %988, <16 x float> poison, <16 x i32> zeroinitializer
  %989 = add i64 160, %974
  %990 = getelementptr float, ptr %pbuf, i64 %989
  %p237 = load float, ptr %990, align 4
  %991 = insertelement <16 x float> poison, float %p237, i32 0
  %splat238 = shufflevector <16 x float> %991, <16 x float> poison, <16 x i32> zeroinitializer
  %992 = add i64 192, %974
  %993 = getelementptr float, ptr %pbuf, i64 %992
  %p239 = load float, ptr %993, align 4
  %994 = insertelement <16 x float> poison, float %p239, i32 0
  %splat240 = shufflevector <16 x float> %994, <16 x float> poison, <16 x i32> zeroinitializer
  %995 = add i64 224, %974
  %996 = getelementptr float, ptr %pbuf, i64 %995
  %p241 = load float, ptr %996, align 4
  %997 = insertelement <16 x float> poison, float %p241, i32 0
  %splat242 = shufflevector <16 x float> %997, <16 x float> poison, <16 x i32> zeroinitializer
  %998 = mul i64 %c0e, 2
  %999 = getelementptr i8, ptr %961, i64 %998
  %1000 = load <16 x i16>, ptr %999, align 2
  %1001 = zext <16 x i16> %1000 to <16 x i32>
  %1002 = shl <16 x i32> %1001, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16243 = bitcast <16 x i32> %1002 to <16 x float>
  %1003 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat228, <16 x float> %bf16243, <16 x float> %pacc.sroa.0.0)
  %1004 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat230, <16 x float> %bf16243, <16 x float> %pacc.sroa.8.0)
  %1005 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat232, <16 x float> %bf16243, <16 x float> %pacc.sroa.16.0)
  %1006 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat234, <16 x float> %bf16243, <16 x float> %pacc.sroa.24.0)
  %1007 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat236, <16 x float> %bf16243, <16 x float> %pacc.sroa.32.0)
  %1008 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat238, <16 x float> %bf16243, <16 x float> %pacc.sroa.40.0)
  %1009 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat240, <16 x float> %bf16243, <16 x float> %pacc.sroa.48.0)
  %1010 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat242, <16 x float> %bf16243, <16 x float> %pacc.sroa.56.0)
  %1011 = mul i64 %876, 2
  %1012 = getelementptr i8, ptr %961, i64 %1011
  %1013 = load <16 x i16>, ptr %1012, align 2
  %1014 = zext <16 x i16> %1013 to <16 x i32>
  %1015 = shl <16 x i32> %1014, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16244 = bitcast <16 x i32> %1015 to <16 x float>
  %1016 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat228, <16 x float> %bf16244, <16 x float> %pacc.sroa.4.0)
  %1017 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat230, <16 x float> %bf16244, <16 x float> %pacc.sroa.12.0)
  %1018 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat232, <16 x float> %bf16244, <16 x float> %pacc.sroa.20.0)
  %1019 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat234, <16 x float> %bf16244, <16 x float> %pacc.sroa.28.0)
  %1020 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat236, <16 x float> %bf16244, <16 x float> %pacc.sroa.36.0)
  %1021 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat238, <16 x float> %bf16244, <16 x float> %pacc.sroa.44.0)
  %1022 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat240, <16 x float> %bf16244, <16 x float> %pacc.sroa.52.0)
  %1023 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat242, <16 x float> %bf16244, <16 x float> %pacc.sroa.60.0)
  %1024 = add nsw i32 %kpv224, 1
  br label %kpv

exit223:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %873, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %877, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %884, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %888, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %895, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %899, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %906, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %910, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %917, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %921, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %928, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %932, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %939, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %943, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %950, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %954, align 64
  %1025 = add nsw i64 %pvpass212, 1
  br label %pvpass

orow245:                                          ; preds = %kblock, %written
  %orow249 = phi i32 [ %1049, %written ], [ 0, %kblock ]
  %1026 = icmp slt i32 %orow249, %nrows
  br i1 %1026, label %body246, label %done

body246:                                          ; preds = %orow245
  %1027 = sext i32 %orow249 to i64
  %1028 = getelementptr float, ptr %ms, i64 %1027
  %m250 = load float, ptr %1028, align 4
  %1029 = getelementptr float, ptr %ls, i64 %1027
  %l251 = load float, ptr %1029, align 4
  %1030 = mul i64 %1027, 256
  %1031 = getelementptr float, ptr %accs, i64 %1030
  %1032 = icmp ne ptr %part, null
  br i1 %1032, label %partial, label %final

partial:                                          ; preds = %body246
  %1033 = sext i32 %nrows to i64
  %1034 = getelementptr float, ptr %part, i64 %1030
  br label %chunk252

final:                                            ; preds = %body246
  %1035 = sdiv i32 %orow249, %nh
  %qi257 = add i32 %q_begin, %1035
  %1036 = srem i32 %orow249, %nh
  %1037 = add i32 %h_begin, %1036
  %1038 = mul i32 %kv_head, 8
  %hq258 = add i32 %1038, %1037
  %1039 = sext i32 %qi257 to i64
  %1040 = add i64 %q_row0, %1039
  %1041 = mul i64 %1040, 8
  %1042 = sext i32 %hq258 to i64
  %orow259 = add i64 %1041, %1042
  %1043 = fcmp oeq float %l251, 0.000000e+00
  %1044 = fdiv float 1.000000e+00, %l251
  %1045 = select i1 %1043, float 0.000000e+00, float %1044
  %1046 = mul i64 %orow259, 512
  %1047 = getelementptr i8, ptr %out, i64 %1046
  %1048 = insertelement <16 x float> poison, float %1045, i32 0
  %splat260 = shufflevector <16 x float> %1048, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk261

written:                                          ; preds = %chunk261, %exit255
  %1049 = add nsw i32 %orow249, 1
  br label %orow245

chunk252:                                         ; preds = %body253, %partial
  %chunk256 = phi i64 [ 0, %partial ], [ %1055, %body253 ]
  %1050 = icmp slt i64 %chunk256, 16
  br i1 %1050, label %body253, label %exit255

body253:                                          ; preds = %chunk252
  %1051 = getelementptr <16 x float>, ptr %1031, i64 %chunk256
  %1052 = load <16 x float>, ptr %1051, align 64
  %1053 = mul i64 %chunk256, 64
  %1054 = getelementptr i8, ptr %1034, i64 %1053
  store <16 x float> %1052, ptr %1054, align 4
  %1055 = add nsw i64 %chunk256, 1
  br label %chunk252

exit255:                                          ; preds = %chunk252
  %1056 = mul i64 %1033, 256
  %1057 = add i64 %1056, %1027
  %1058 = getelementptr float, ptr %part, i64 %1057
  store float %m250, ptr %1058, align 4
  %1059 = add i64 %1057, %1033
  %1060 = getelementptr float, ptr %part, i64 %1059
  store float %l251, ptr %1060, align 4
  br label %written

chunk261:                                         ; preds = %body262, %final
  %chunk265 = phi i64 [ 0, %final ], [ %1077, %body262 ]
  %1061 = icmp slt i64 %chunk265, 16
  br i1 %1061, label %body262, label %written

body262:                                          ; preds = %chunk261
  %1062 = getelementptr <16 x float>, ptr %1031, i64 %chunk265
  %1063 = load <16 x float>, ptr %1062, align 64
  %1064 = fmul <16 x float> %1063, %splat260
  %1065 = mul i64 %chunk265, 32
  %1066 = getelementptr i8, ptr %1047, i64 %1065
  %1067 = bitcast <16 x float> %1064 to <16 x i32>
  %1068 = lshr <16 x i32> %1067, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %1069 = and <16 x i32> %1068, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1070 = add <16 x i32> %1069, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %1071 = add <16 x i32> %1067, %1070
  %1072 = lshr <16 x i32> %1071, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %1073 = fcmp uno <16 x float> %1064, %1064
  %1074 = or <16 x i32> %1068, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %1075 = select <16 x i1> %1073, <16 x i32> %1074, <16 x i32> %1072
  %1076 = trunc <16 x i32> %1075 to <16 x i16>
  store <16 x i16> %1076, ptr %1066, align 2
  %1077 = add nsw i64 %chunk265, 1
  br label %chunk261
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

common.ret:                                       ; preds = %orow143, %rows, %one_query
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
  %84 = sext i32 %83 to i64
  %85 = getelementptr i32, ptr %lims, i64 %84
  %fact = load i32, ptr %85, align 4
  %k_last = sub i32 %fact, 1
  br label %ktile

ktile:                                            ; preds = %exit61, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %291, %exit61 ]
  %86 = icmp slt i32 %ktile17, %fact
  br i1 %86, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %87 = sub i32 %fact, %ktile17
  %88 = call i32 @llvm.smin.i32(i32 24, i32 %87)
  %89 = add i32 %88, 11
  %90 = sdiv i32 %89, 12
  %91 = mul i32 %90, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %92 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %92, ptr %ms, align 64
  %93 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %93, ptr %ls, align 64
  %94 = getelementptr float, ptr %ms, i64 16
  %95 = load <16 x float>, ptr %77, align 64
  store <16 x float> %95, ptr %94, align 64
  %96 = getelementptr float, ptr %ls, i64 16
  %97 = load <16 x float>, ptr %78, align 64
  store <16 x float> %97, ptr %96, align 64
  %98 = getelementptr float, ptr %ms, i64 32
  %99 = load <16 x float>, ptr %79, align 64
  store <16 x float> %99, ptr %98, align 64
  %100 = getelementptr float, ptr %ls, i64 32
  %101 = load <16 x float>, ptr %80, align 64
  store <16 x float> %101, ptr %100, align 64
  %102 = getelementptr float, ptr %ms, i64 48
  %103 = load <16 x float>, ptr %81, align 64
  store <16 x float> %103, ptr %102, align 64
  %104 = getelementptr float, ptr %ls, i64 48
  %105 = load <16 x float>, ptr %82, align 64
  store <16 x float> %105, ptr %104, align 64
  br label %orow143

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %193, %body18 ]
  %106 = icmp slt i32 %kpack21, %91
  br i1 %106, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %107 = add i32 %ktile17, %kpack21
  %108 = call i32 @llvm.smin.i32(i32 %107, i32 %k_last)
  %109 = sext i32 %108 to i64
  %row = add i64 %23, %109
  %110 = mul i64 %row, 512
  %111 = getelementptr i8, ptr %22, i64 %110
  %112 = sext i32 %kpack21 to i64
  %113 = mul i64 %112, 256
  %114 = getelementptr i32, ptr %kbuf, i64 %113
  %115 = load <16 x i16>, ptr %111, align 2
  %116 = zext <16 x i16> %115 to <16 x i32>
  %117 = shl <16 x i32> %116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1622 = bitcast <16 x i32> %117 to <16 x float>
  store <16 x float> %bf1622, ptr %114, align 64
  %118 = getelementptr i8, ptr %111, i64 32
  %119 = load <16 x i16>, ptr %118, align 2
  %120 = zext <16 x i16> %119 to <16 x i32>
  %121 = shl <16 x i32> %120, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1623 = bitcast <16 x i32> %121 to <16 x float>
  %122 = getelementptr i8, ptr %114, i64 64
  store <16 x float> %bf1623, ptr %122, align 64
  %123 = getelementptr i8, ptr %111, i64 64
  %124 = load <16 x i16>, ptr %123, align 2
  %125 = zext <16 x i16> %124 to <16 x i32>
  %126 = shl <16 x i32> %125, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1624 = bitcast <16 x i32> %126 to <16 x float>
  %127 = getelementptr i8, ptr %114, i64 128
  store <16 x float> %bf1624, ptr %127, align 64
  %128 = getelementptr i8, ptr %111, i64 96
  %129 = load <16 x i16>, ptr %128, align 2
  %130 = zext <16 x i16> %129 to <16 x i32>
  %131 = shl <16 x i32> %130, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1625 = bitcast <16 x i32> %131 to <16 x float>
  %132 = getelementptr i8, ptr %114, i64 192
  store <16 x float> %bf1625, ptr %132, align 64
  %133 = getelementptr i8, ptr %111, i64 128
  %134 = load <16 x i16>, ptr %133, align 2
  %135 = zext <16 x i16> %134 to <16 x i32>
  %136 = shl <16 x i32> %135, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1626 = bitcast <16 x i32> %136 to <16 x float>
  %137 = getelementptr i8, ptr %114, i64 256
  store <16 x float> %bf1626, ptr %137, align 64
  %138 = getelementptr i8, ptr %111, i64 160
  %139 = load <16 x i16>, ptr %138, align 2
  %140 = zext <16 x i16> %139 to <16 x i32>
  %141 = shl <16 x i32> %140, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1627 = bitcast <16 x i32> %141 to <16 x float>
  %142 = getelementptr i8, ptr %114, i64 320
  store <16 x float> %bf1627, ptr %142, align 64
  %143 = getelementptr i8, ptr %111, i64 192
  %144 = load <16 x i16>, ptr %143, align 2
  %145 = zext <16 x i16> %144 to <16 x i32>
  %146 = shl <16 x i32> %145, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1628 = bitcast <16 x i32> %146 to <16 x float>
  %147 = getelementptr i8, ptr %114, i64 384
  store <16 x float> %bf1628, ptr %147, align 64
  %148 = getelementptr i8, ptr %111, i64 224
  %149 = load <16 x i16>, ptr %148, align 2
  %150 = zext <16 x i16> %149 to <16 x i32>
  %151 = shl <16 x i32> %150, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1629 = bitcast <16 x i32> %151 to <16 x float>
  %152 = getelementptr i8, ptr %114, i64 448
  store <16 x float> %bf1629, ptr %152, align 64
  %153 = getelementptr i8, ptr %111, i64 256
  %154 = load <16 x i16>, ptr %153, align 2
  %155 = zext <16 x i16> %154 to <16 x i32>
  %156 = shl <16 x i32> %155, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %156 to <16 x float>
  %157 = getelementptr i8, ptr %114, i64 512
  store <16 x float> %bf1630, ptr %157, align 64
  %158 = getelementptr i8, ptr %111, i64 288
  %159 = load <16 x i16>, ptr %158, align 2
  %160 = zext <16 x i16> %159 to <16 x i32>
  %161 = shl <16 x i32> %160, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %161 to <16 x float>
  %162 = getelementptr i8, ptr %114, i64 576
  store <16 x float> %bf1631, ptr %162, align 64
  %163 = getelementptr i8, ptr %111, i64 320
  %164 = load <16 x i16>, ptr %163, align 2
  %165 = zext <16 x i16> %164 to <16 x i32>
  %166 = shl <16 x i32> %165, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %166 to <16 x float>
  %167 = getelementptr i8, ptr %114, i64 640
  store <16 x float> %bf1632, ptr %167, align 64
  %168 = getelementptr i8, ptr %111, i64 352
  %169 = load <16 x i16>, ptr %168, align 2
  %170 = zext <16 x i16> %169 to <16 x i32>
  %171 = shl <16 x i32> %170, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1633 = bitcast <16 x i32> %171 to <16 x float>
  %172 = getelementptr i8, ptr %114, i64 704
  store <16 x float> %bf1633, ptr %172, align 64
  %173 = getelementptr i8, ptr %111, i64 384
  %174 = load <16 x i16>, ptr %173, align 2
  %175 = zext <16 x i16> %174 to <16 x i32>
  %176 = shl <16 x i32> %175, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1634 = bitcast <16 x i32> %176 to <16 x float>
  %177 = getelementptr i8, ptr %114, i64 768
  store <16 x float> %bf1634, ptr %177, align 64
  %178 = getelementptr i8, ptr %111, i64 416
  %179 = load <16 x i16>, ptr %178, align 2
  %180 = zext <16 x i16> %179 to <16 x i32>
  %181 = shl <16 x i32> %180, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1635 = bitcast <16 x i32> %181 to <16 x float>
  %182 = getelementptr i8, ptr %114, i64 832
  store <16 x float> %bf1635, ptr %182, align 64
  %183 = getelementptr i8, ptr %111, i64 448
  %184 = load <16 x i16>, ptr %183, align 2
  %185 = zext <16 x i16> %184 to <16 x i32>
  %186 = shl <16 x i32> %185, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1636 = bitcast <16 x i32> %186 to <16 x float>
  %187 = getelementptr i8, ptr %114, i64 896
  store <16 x float> %bf1636, ptr %187, align 64
  %188 = getelementptr i8, ptr %111, i64 480
  %189 = load <16 x i16>, ptr %188, align 2
  %190 = zext <16 x i16> %189 to <16 x i32>
  %191 = shl <16 x i32> %190, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1637 = bitcast <16 x i32> %191 to <16 x float>
  %192 = getelementptr i8, ptr %114, i64 960
  store <16 x float> %bf1637, ptr %192, align 64
  %193 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body38
  %vpack41 = phi i32 [ %280, %body38 ], [ 0, %kpack ]
  %194 = icmp slt i32 %vpack41, %88
  br i1 %194, label %body38, label %exit40

body38:                                           ; preds = %vpack
  %195 = add i32 %ktile17, %vpack41
  %196 = sext i32 %195 to i64
  %row42 = add i64 %23, %196
  %197 = mul i64 %row42, 512
  %198 = getelementptr i8, ptr %25, i64 %197
  %199 = sext i32 %vpack41 to i64
  %200 = mul i64 %199, 256
  %201 = getelementptr i32, ptr %vbuf, i64 %200
  %202 = load <16 x i16>, ptr %198, align 2
  %203 = zext <16 x i16> %202 to <16 x i32>
  %204 = shl <16 x i32> %203, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1643 = bitcast <16 x i32> %204 to <16 x float>
  store <16 x float> %bf1643, ptr %201, align 64
  %205 = getelementptr i8, ptr %198, i64 32
  %206 = load <16 x i16>, ptr %205, align 2
  %207 = zext <16 x i16> %206 to <16 x i32>
  %208 = shl <16 x i32> %207, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1644 = bitcast <16 x i32> %208 to <16 x float>
  %209 = getelementptr i8, ptr %201, i64 64
  store <16 x float> %bf1644, ptr %209, align 64
  %210 = getelementptr i8, ptr %198, i64 64
  %211 = load <16 x i16>, ptr %210, align 2
  %212 = zext <16 x i16> %211 to <16 x i32>
  %213 = shl <16 x i32> %212, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1645 = bitcast <16 x i32> %213 to <16 x float>
  %214 = getelementptr i8, ptr %201, i64 128
  store <16 x float> %bf1645, ptr %214, align 64
  %215 = getelementptr i8, ptr %198, i64 96
  %216 = load <16 x i16>, ptr %215, align 2
  %217 = zext <16 x i16> %216 to <16 x i32>
  %218 = shl <16 x i32> %217, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1646 = bitcast <16 x i32> %218 to <16 x float>
  %219 = getelementptr i8, ptr %201, i64 192
  store <16 x float> %bf1646, ptr %219, align 64
  %220 = getelementptr i8, ptr %198, i64 128
  %221 = load <16 x i16>, ptr %220, align 2
  %222 = zext <16 x i16> %221 to <16 x i32>
  %223 = shl <16 x i32> %222, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1647 = bitcast <16 x i32> %223 to <16 x float>
  %224 = getelementptr i8, ptr %201, i64 256
  store <16 x float> %bf1647, ptr %224, align 64
  %225 = getelementptr i8, ptr %198, i64 160
  %226 = load <16 x i16>, ptr %225, align 2
  %227 = zext <16 x i16> %226 to <16 x i32>
  %228 = shl <16 x i32> %227, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1648 = bitcast <16 x i32> %228 to <16 x float>
  %229 = getelementptr i8, ptr %201, i64 320
  store <16 x float> %bf1648, ptr %229, align 64
  %230 = getelementptr i8, ptr %198, i64 192
  %231 = load <16 x i16>, ptr %230, align 2
  %232 = zext <16 x i16> %231 to <16 x i32>
  %233 = shl <16 x i32> %232, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1649 = bitcast <16 x i32> %233 to <16 x float>
  %234 = getelementptr i8, ptr %201, i64 384
  store <16 x float> %bf1649, ptr %234, align 64
  %235 = getelementptr i8, ptr %198, i64 224
  %236 = load <16 x i16>, ptr %235, align 2
  %237 = zext <16 x i16> %236 to <16 x i32>
  %238 = shl <16 x i32> %237, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1650 = bitcast <16 x i32> %238 to <16 x float>
  %239 = getelementptr i8, ptr %201, i64 448
  store <16 x float> %bf1650, ptr %239, align 64
  %240 = getelementptr i8, ptr %198, i64 256
  %241 = load <16 x i16>, ptr %240, align 2
  %242 = zext <16 x i16> %241 to <16 x i32>
  %243 = shl <16 x i32> %242, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1651 = bitcast <16 x i32> %243 to <16 x float>
  %244 = getelementptr i8, ptr %201, i64 512
  store <16 x float> %bf1651, ptr %244, align 64
  %245 = getelementptr i8, ptr %198, i64 288
  %246 = load <16 x i16>, ptr %245, align 2
  %247 = zext <16 x i16> %246 to <16 x i32>
  %248 = shl <16 x i32> %247, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1652 = bitcast <16 x i32> %248 to <16 x float>
  %249 = getelementptr i8, ptr %201, i64 576
  store <16 x float> %bf1652, ptr %249, align 64
  %250 = getelementptr i8, ptr %198, i64 320
  %251 = load <16 x i16>, ptr %250, align 2
  %252 = zext <16 x i16> %251 to <16 x i32>
  %253 = shl <16 x i32> %252, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1653 = bitcast <16 x i32> %253 to <16 x float>
  %254 = getelementptr i8, ptr %201, i64 640
  store <16 x float> %bf1653, ptr %254, align 64
  %255 = getelementptr i8, ptr %198, i64 352
  %256 = load <16 x i16>, ptr %255, align 2
  %257 = zext <16 x i16> %256 to <16 x i32>
  %258 = shl <16 x i32> %257, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1654 = bitcast <16 x i32> %258 to <16 x float>
  %259 = getelementptr i8, ptr %201, i64 704
  store <16 x float> %bf1654, ptr %259, align 64
  %260 = getelementptr i8, ptr %198, i64 384
  %261 = load <16 x i16>, ptr %260, align 2
  %262 = zext <16 x i16> %261 to <16 x i32>
  %263 = shl <16 x i32> %262, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1655 = bitcast <16 x i32> %263 to <16 x float>
  %264 = getelementptr i8, ptr %201, i64 768
  store <16 x float> %bf1655, ptr %264, align 64
  %265 = getelementptr i8, ptr %198, i64 416
  %266 = load <16 x i16>, ptr %265, align 2
  %267 = zext <16 x i16> %266 to <16 x i32>
  %268 = shl <16 x i32> %267, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1656 = bitcast <16 x i32> %268 to <16 x float>
  %269 = getelementptr i8, ptr %201, i64 832
  store <16 x float> %bf1656, ptr %269, align 64
  %270 = getelementptr i8, ptr %198, i64 448
  %271 = load <16 x i16>, ptr %270, align 2
  %272 = zext <16 x i16> %271 to <16 x i32>
  %273 = shl <16 x i32> %272, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1657 = bitcast <16 x i32> %273 to <16 x float>
  %274 = getelementptr i8, ptr %201, i64 896
  store <16 x float> %bf1657, ptr %274, align 64
  %275 = getelementptr i8, ptr %198, i64 480
  %276 = load <16 x i16>, ptr %275, align 2
  %277 = zext <16 x i16> %276 to <16 x i32>
  %278 = shl <16 x i32> %277, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1658 = bitcast <16 x i32> %278 to <16 x float>
  %279 = getelementptr i8, ptr %201, i64 960
  store <16 x float> %bf1658, ptr %279, align 64
  %280 = add nsw i32 %vpack41, 1
  br label %vpack

exit40:                                           ; preds = %vpack
  %281 = add i32 %nrows, 31
  %nblk = sdiv i32 %281, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit40
  %rblock62 = phi i32 [ 0, %exit40 ], [ %304, %join ]
  %282 = icmp slt i32 %rblock62, %nblk
  br i1 %282, label %body59, label %exit61

body59:                                           ; preds = %rblock
  %283 = sext i32 %rblock62 to i64
  %284 = mul i32 %rblock62, 32
  %285 = add i32 %284, 31
  %286 = sext i32 %285 to i64
  %287 = getelementptr i32, ptr %lims, i64 %286
  %fact63 = load i32, ptr %287, align 4
  %288 = sub i32 %fact63, %ktile17
  %289 = call i32 @llvm.smin.i32(i32 %88, i32 %288)
  %290 = icmp sgt i32 %289, 0
  br i1 %290, label %rvisit, label %join

exit61:                                           ; preds = %rblock
  %291 = add nsw i32 %ktile17, 24
  br label %ktile

rvisit:                                           ; preds = %body59
  %292 = mul i64 %283, 8192
  %293 = getelementptr i32, ptr %qt, i64 %292
  %294 = getelementptr i32, ptr %ot, i64 %292
  %295 = mul i64 %283, 2
  %296 = getelementptr <16 x float>, ptr %mv, i64 %295
  %297 = getelementptr <16 x float>, ptr %lv, i64 %295
  %298 = mul i64 %283, 32
  %299 = getelementptr i32, ptr %lims, i64 %298
  %300 = load <16 x i32>, ptr %299, align 64
  %301 = add i64 %298, 16
  %302 = getelementptr i32, ptr %lims, i64 %301
  %303 = load <16 x i32>, ptr %302, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body59
  %304 = add nsw i32 %rblock62, 1
  br label %rblock

sblock:                                           ; preds = %exit70, %rvisit
  %sblock67 = phi i32 [ 0, %rvisit ], [ %388, %exit70 ]
  %305 = icmp slt i32 %sblock67, %289
  br i1 %305, label %body64, label %smask

body64:                                           ; preds = %sblock
  %306 = sext i32 %sblock67 to i64
  %307 = mul i64 %306, 256
  %308 = getelementptr i32, ptr %kbuf, i64 %307
  br label %sdim

sdim:                                             ; preds = %body68, %body64
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %361, %body68 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %360, %body68 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %357, %body68 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %356, %body68 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %353, %body68 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %352, %body68 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %349, %body68 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %348, %body68 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %345, %body68 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %344, %body68 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %341, %body68 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %340, %body68 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %337, %body68 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %336, %body68 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %333, %body68 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %332, %body68 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %329, %body68 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %328, %body68 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %325, %body68 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %324, %body68 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %321, %body68 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %320, %body68 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %317, %body68 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body64 ], [ %316, %body68 ]
  %sdim71 = phi i32 [ 0, %body64 ], [ %362, %body68 ]
  %309 = icmp slt i32 %sdim71, 256
  br i1 %309, label %body68, label %exit70

body68:                                           ; preds = %sdim
  %310 = sext i32 %sdim71 to i64
  %311 = mul i64 %310, 32
  %312 = getelementptr i32, ptr %293, i64 %311
  %qt72 = load <16 x float>, ptr %312, align 64
  %313 = getelementptr i32, ptr %312, i64 16
  %qt73 = load <16 x float>, ptr %313, align 64
  %314 = getelementptr i32, ptr %308, i64 %310
  %k = load float, ptr %314, align 4
  %315 = insertelement <16 x float> poison, float %k, i32 0
  %splat74 = shufflevector <16 x float> %315, <16 x float> poison, <16 x i32> zeroinitializer
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat74, <16 x float> %sacc.sroa.0.0)
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat74, <16 x float> %sacc.sroa.4.0)
  %318 = getelementptr i32, ptr %314, i64 256
  %k75 = load float, ptr %318, align 4
  %319 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %319, <16 x float> poison, <16 x i32> zeroinitializer
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat76, <16 x float> %sacc.sroa.8.0)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat76, <16 x float> %sacc.sroa.12.0)
  %322 = getelementptr i32, ptr %314, i64 512
  %k77 = load float, ptr %322, align 4
  %323 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %323, <16 x float> poison, <16 x i32> zeroinitializer
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat78, <16 x float> %sacc.sroa.16.0)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat78, <16 x float> %sacc.sroa.20.0)
  %326 = getelementptr i32, ptr %314, i64 768
  %k79 = load float, ptr %326, align 4
  %327 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %327, <16 x float> poison, <16 x i32> zeroinitializer
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat80, <16 x float> %sacc.sroa.24.0)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat80, <16 x float> %sacc.sroa.28.0)
  %330 = getelementptr i32, ptr %314, i64 1024
  %k81 = load float, ptr %330, align 4
  %331 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %331, <16 x float> poison, <16 x i32> zeroinitializer
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat82, <16 x float> %sacc.sroa.32.0)
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat82, <16 x float> %sacc.sroa.36.0)
  %334 = getelementptr i32, ptr %314, i64 1280
  %k83 = load float, ptr %334, align 4
  %335 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %335, <16 x float> poison, <16 x i32> zeroinitializer
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat84, <16 x float> %sacc.sroa.40.0)
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat84, <16 x float> %sacc.sroa.44.0)
  %338 = getelementptr i32, ptr %314, i64 1536
  %k85 = load float, ptr %338, align 4
  %339 = insertelement <16 x float> poison, float %k85, i32 0
  %splat86 = shufflevector <16 x float> %339, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat86, <16 x float> %sacc.sroa.48.0)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat86, <16 x float> %sacc.sroa.52.0)
  %342 = getelementptr i32, ptr %314, i64 1792
  %k87 = load float, ptr %342, align 4
  %343 = insertelement <16 x float> poison, float %k87, i32 0
  %splat88 = shufflevector <16 x float> %343, <16 x float> poison, <16 x i32> zeroinitializer
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat88, <16 x float> %sacc.sroa.56.0)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat88, <16 x float> %sacc.sroa.60.0)
  %346 = getelementptr i32, ptr %314, i64 2048
  %k89 = load float, ptr %346, align 4
  %347 = insertelement <16 x float> poison, float %k89, i32 0
  %splat90 = shufflevector <16 x float> %347, <16 x float> poison, <16 x i32> zeroinitializer
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat90, <16 x float> %sacc.sroa.64.0)
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat90, <16 x float> %sacc.sroa.68.0)
  %350 = getelementptr i32, ptr %314, i64 2304
  %k91 = load float, ptr %350, align 4
  %351 = insertelement <16 x float> poison, float %k91, i32 0
  %splat92 = shufflevector <16 x float> %351, <16 x float> poison, <16 x i32> zeroinitializer
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat92, <16 x float> %sacc.sroa.72.0)
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat92, <16 x float> %sacc.sroa.76.0)
  %354 = getelementptr i32, ptr %314, i64 2560
  %k93 = load float, ptr %354, align 4
  %355 = insertelement <16 x float> poison, float %k93, i32 0
  %splat94 = shufflevector <16 x float> %355, <16 x float> poison, <16 x i32> zeroinitializer
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat94, <16 x float> %sacc.sroa.80.0)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat94, <16 x float> %sacc.sroa.84.0)
  %358 = getelementptr i32, ptr %314, i64 2816
  %k95 = load float, ptr %358, align 4
  %359 = insertelement <16 x float> poison, float %k95, i32 0
  %splat96 = shufflevector <16 x float> %359, <16 x float> poison, <16 x i32> zeroinitializer
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt72, <16 x float> %splat96, <16 x float> %sacc.sroa.88.0)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt73, <16 x float> %splat96, <16 x float> %sacc.sroa.92.0)
  %362 = add nsw i32 %sdim71, 1
  br label %sdim

exit70:                                           ; preds = %sdim
  %363 = mul i64 %306, 32
  %364 = getelementptr i32, ptr %st, i64 %363
  store <16 x float> %sacc.sroa.0.0, ptr %364, align 64
  %365 = getelementptr i32, ptr %364, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %365, align 64
  %366 = getelementptr i32, ptr %364, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %366, align 64
  %367 = getelementptr i32, ptr %364, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %367, align 64
  %368 = getelementptr i32, ptr %364, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %368, align 64
  %369 = getelementptr i32, ptr %364, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %369, align 64
  %370 = getelementptr i32, ptr %364, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %370, align 64
  %371 = getelementptr i32, ptr %364, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %371, align 64
  %372 = getelementptr i32, ptr %364, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %372, align 64
  %373 = getelementptr i32, ptr %364, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %373, align 64
  %374 = getelementptr i32, ptr %364, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %374, align 64
  %375 = getelementptr i32, ptr %364, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %375, align 64
  %376 = getelementptr i32, ptr %364, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %376, align 64
  %377 = getelementptr i32, ptr %364, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %377, align 64
  %378 = getelementptr i32, ptr %364, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %378, align 64
  %379 = getelementptr i32, ptr %364, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %379, align 64
  %380 = getelementptr i32, ptr %364, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %380, align 64
  %381 = getelementptr i32, ptr %364, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %381, align 64
  %382 = getelementptr i32, ptr %364, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %382, align 64
  %383 = getelementptr i32, ptr %364, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %383, align 64
  %384 = getelementptr i32, ptr %364, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %384, align 64
  %385 = getelementptr i32, ptr %364, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %385, align 64
  %386 = getelementptr i32, ptr %364, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %386, align 64
  %387 = getelementptr i32, ptr %364, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %387, align 64
  %388 = add nsw i32 %sblock67, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body97
  %tmax.sroa.4.0 = phi <16 x float> [ %402, %body97 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %397, %body97 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask100 = phi i32 [ %403, %body97 ], [ 0, %sblock ]
  %389 = icmp slt i32 %smask100, %289
  br i1 %389, label %body97, label %exit99

body97:                                           ; preds = %smask
  %390 = add i32 %ktile17, %smask100
  %391 = insertelement <16 x i32> poison, i32 %390, i32 0
  %splat101 = shufflevector <16 x i32> %391, <16 x i32> poison, <16 x i32> zeroinitializer
  %392 = sext i32 %smask100 to i64
  %393 = mul i64 %392, 32
  %394 = getelementptr i32, ptr %st, i64 %393
  %s = load <16 x float>, ptr %394, align 64
  %395 = icmp slt <16 x i32> %splat101, %300
  %396 = select <16 x i1> %395, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %396, ptr %394, align 64
  %397 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %396)
  %398 = add i64 %393, 16
  %399 = getelementptr i32, ptr %st, i64 %398
  %s102 = load <16 x float>, ptr %399, align 64
  %400 = icmp slt <16 x i32> %splat101, %303
  %401 = select <16 x i1> %400, <16 x float> %s102, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %401, ptr %399, align 64
  %402 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %401)
  %403 = add nsw i32 %smask100, 1
  br label %smask

exit99:                                           ; preds = %smask
  %m = load <16 x float>, ptr %296, align 64
  %404 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %405 = fcmp oeq <16 x float> %404, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse103 = select <16 x i1> %405, <16 x float> zeroinitializer, <16 x float> %404
  %406 = fsub <16 x float> %m, %muse103
  %407 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %406, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %408 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %407, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %409 = fadd <16 x float> %408, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %409, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %408, %n
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %414, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %416 = fptosi <16 x float> %n to <16 x i32>
  %417 = add <16 x i32> %416, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %418 = shl <16 x i32> %417, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %419 = bitcast <16 x i32> %418 to <16 x float>
  %exp2 = fmul <16 x float> %415, %419
  store <16 x float> %404, ptr %296, align 64
  %420 = getelementptr <16 x float>, ptr %296, i64 1
  %m104 = load <16 x float>, ptr %420, align 64
  %421 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m104, <16 x float> %tmax.sroa.4.0)
  %422 = fcmp oeq <16 x float> %421, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse105 = select <16 x i1> %422, <16 x float> zeroinitializer, <16 x float> %421
  %423 = fsub <16 x float> %m104, %muse105
  %424 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %423, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %425 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %424, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %426 = fadd <16 x float> %425, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n106 = fsub <16 x float> %426, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f107 = fsub <16 x float> %425, %n106
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f107, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %427, <16 x float> %f107, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %429 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %428, <16 x float> %f107, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %429, <16 x float> %f107, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %430, <16 x float> %f107, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %431, <16 x float> %f107, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %433 = fptosi <16 x float> %n106 to <16 x i32>
  %434 = add <16 x i32> %433, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %435 = shl <16 x i32> %434, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %436 = bitcast <16 x i32> %435 to <16 x float>
  %exp2108 = fmul <16 x float> %432, %436
  store <16 x float> %421, ptr %420, align 64
  br label %sexp

sexp:                                             ; preds = %body109, %exit99
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit99 ], [ %474, %body109 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit99 ], [ %456, %body109 ]
  %sexp112 = phi i32 [ 0, %exit99 ], [ %475, %body109 ]
  %437 = icmp slt i32 %sexp112, %289
  br i1 %437, label %body109, label %exit111

body109:                                          ; preds = %sexp
  %438 = sext i32 %sexp112 to i64
  %439 = mul i64 %438, 32
  %440 = getelementptr i32, ptr %st, i64 %439
  %441 = load <16 x float>, ptr %440, align 64
  %442 = fsub <16 x float> %441, %muse103
  %443 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %442, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %444 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %443, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %445 = fadd <16 x float> %444, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n113 = fsub <16 x float> %445, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f114 = fsub <16 x float> %444, %n113
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f114, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %446, <16 x float> %f114, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %447, <16 x float> %f114, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %448, <16 x float> %f114, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %449, <16 x float> %f114, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %450, <16 x float> %f114, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %452 = fptosi <16 x float> %n113 to <16 x i32>
  %453 = add <16 x i32> %452, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %454 = shl <16 x i32> %453, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %455 = bitcast <16 x i32> %454 to <16 x float>
  %exp2115 = fmul <16 x float> %451, %455
  store <16 x float> %exp2115, ptr %440, align 64
  %456 = fadd <16 x float> %lsum.sroa.0.0, %exp2115
  %457 = add i64 %439, 16
  %458 = getelementptr i32, ptr %st, i64 %457
  %459 = load <16 x float>, ptr %458, align 64
  %460 = fsub <16 x float> %459, %muse105
  %461 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %460, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %462 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %461, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %463 = fadd <16 x float> %462, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n116 = fsub <16 x float> %463, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f117 = fsub <16 x float> %462, %n116
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f117, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %464, <16 x float> %f117, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %465, <16 x float> %f117, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %466, <16 x float> %f117, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %467, <16 x float> %f117, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %468, <16 x float> %f117, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %470 = fptosi <16 x float> %n116 to <16 x i32>
  %471 = add <16 x i32> %470, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %472 = shl <16 x i32> %471, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %473 = bitcast <16 x i32> %472 to <16 x float>
  %exp2118 = fmul <16 x float> %469, %473
  store <16 x float> %exp2118, ptr %458, align 64
  %474 = fadd <16 x float> %lsum.sroa.4.0, %exp2118
  %475 = add nsw i32 %sexp112, 1
  br label %sexp

exit111:                                          ; preds = %sexp
  %476 = load <16 x float>, ptr %297, align 64
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %476, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %477, ptr %297, align 64
  %478 = getelementptr <16 x float>, ptr %297, i64 1
  %479 = load <16 x float>, ptr %478, align 64
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %479, <16 x float> %exp2108, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %480, ptr %478, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit125, %exit111
  %pvblock122 = phi i32 [ 0, %exit111 ], [ %574, %exit125 ]
  %481 = icmp slt i32 %pvblock122, 32
  br i1 %481, label %body119, label %join

body119:                                          ; preds = %pvblock
  %482 = mul i32 %pvblock122, 8
  %483 = sext i32 %482 to i64
  %484 = mul i64 %483, 32
  %485 = getelementptr i32, ptr %294, i64 %484
  %486 = load <16 x float>, ptr %485, align 64
  %487 = fmul <16 x float> %486, %exp2
  %488 = getelementptr i32, ptr %485, i64 16
  %489 = load <16 x float>, ptr %488, align 64
  %490 = fmul <16 x float> %489, %exp2108
  %491 = getelementptr i32, ptr %485, i64 32
  %492 = load <16 x float>, ptr %491, align 64
  %493 = fmul <16 x float> %492, %exp2
  %494 = getelementptr i32, ptr %485, i64 48
  %495 = load <16 x float>, ptr %494, align 64
  %496 = fmul <16 x float> %495, %exp2108
  %497 = getelementptr i32, ptr %485, i64 64
  %498 = load <16 x float>, ptr %497, align 64
  %499 = fmul <16 x float> %498, %exp2
  %500 = getelementptr i32, ptr %485, i64 80
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %exp2108
  %503 = getelementptr i32, ptr %485, i64 96
  %504 = load <16 x float>, ptr %503, align 64
  %505 = fmul <16 x float> %504, %exp2
  %506 = getelementptr i32, ptr %485, i64 112
  %507 = load <16 x float>, ptr %506, align 64
  %508 = fmul <16 x float> %507, %exp2108
  %509 = getelementptr i32, ptr %485, i64 128
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %exp2
  %512 = getelementptr i32, ptr %485, i64 144
  %513 = load <16 x float>, ptr %512, align 64
  %514 = fmul <16 x float> %513, %exp2108
  %515 = getelementptr i32, ptr %485, i64 160
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %exp2
  %518 = getelementptr i32, ptr %485, i64 176
  %519 = load <16 x float>, ptr %518, align 64
  %520 = fmul <16 x float> %519, %exp2108
  %521 = getelementptr i32, ptr %485, i64 192
  %522 = load <16 x float>, ptr %521, align 64
  %523 = fmul <16 x float> %522, %exp2
  %524 = getelementptr i32, ptr %485, i64 208
  %525 = load <16 x float>, ptr %524, align 64
  %526 = fmul <16 x float> %525, %exp2108
  %527 = getelementptr i32, ptr %485, i64 224
  %528 = load <16 x float>, ptr %527, align 64
  %529 = fmul <16 x float> %528, %exp2
  %530 = getelementptr i32, ptr %485, i64 240
  %531 = load <16 x float>, ptr %530, align 64
  %532 = fmul <16 x float> %531, %exp2108
  br label %kpv

kpv:                                              ; preds = %body123, %body119
  %o.sroa.44.0 = phi <16 x float> [ %520, %body119 ], [ %564, %body123 ]
  %o.sroa.40.0 = phi <16 x float> [ %517, %body119 ], [ %563, %body123 ]
  %o.sroa.36.0 = phi <16 x float> [ %514, %body119 ], [ %560, %body123 ]
  %o.sroa.32.0 = phi <16 x float> [ %511, %body119 ], [ %559, %body123 ]
  %o.sroa.28.0 = phi <16 x float> [ %508, %body119 ], [ %556, %body123 ]
  %o.sroa.24.0 = phi <16 x float> [ %505, %body119 ], [ %555, %body123 ]
  %o.sroa.20.0 = phi <16 x float> [ %502, %body119 ], [ %552, %body123 ]
  %o.sroa.16.0 = phi <16 x float> [ %499, %body119 ], [ %551, %body123 ]
  %o.sroa.12.0 = phi <16 x float> [ %496, %body119 ], [ %548, %body123 ]
  %o.sroa.8.0 = phi <16 x float> [ %493, %body119 ], [ %547, %body123 ]
  %o.sroa.4.0 = phi <16 x float> [ %490, %body119 ], [ %544, %body123 ]
  %o.sroa.0.0 = phi <16 x float> [ %487, %body119 ], [ %543, %body123 ]
  %o.sroa.48.0 = phi <16 x float> [ %523, %body119 ], [ %567, %body123 ]
  %o.sroa.52.0 = phi <16 x float> [ %526, %body119 ], [ %568, %body123 ]
  %o.sroa.56.0 = phi <16 x float> [ %529, %body119 ], [ %571, %body123 ]
  %o.sroa.60.0 = phi <16 x float> [ %532, %body119 ], [ %572, %body123 ]
  %kpv126 = phi i32 [ 0, %body119 ], [ %573, %body123 ]
  %533 = icmp slt i32 %kpv126, %289
  br i1 %533, label %body123, label %exit125

body123:                                          ; preds = %kpv
  %534 = sext i32 %kpv126 to i64
  %535 = mul i64 %534, 32
  %536 = getelementptr i32, ptr %st, i64 %535
  %p = load <16 x float>, ptr %536, align 64
  %537 = add i64 %535, 16
  %538 = getelementptr i32, ptr %st, i64 %537
  %p127 = load <16 x float>, ptr %538, align 64
  %539 = mul i64 %534, 1024
  %540 = getelementptr i8, ptr %vbuf, i64 %539
  %541 = getelementptr i32, ptr %540, i64 %483
  %v = load float, ptr %541, align 4
  %542 = insertelement <16 x float> poison, float %v, i32 0
  %splat128 = shufflevector <16 x float> %542, <16 x float> poison, <16 x i32> zeroinitializer
  %543 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat128, <16 x float> %o.sroa.0.0)
  %544 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p127, <16 x float> %splat128, <16 x float> %o.sroa.4.0)
  %545 = getelementptr i32, ptr %541, i64 1
  %v129 = load float, ptr %545, align 4
  %546 = insertelement <16 x float> poison, float %v129, i32 0
  %splat130 = shufflevector <16 x float> %546, <16 x float> poison, <16 x i32> zeroinitializer
  %547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.8.0)
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p127, <16 x float> %splat130, <16 x float> %o.sroa.12.0)
  %549 = getelementptr i32, ptr %541, i64 2
  %v131 = load float, ptr %549, align 4
  %550 = insertelement <16 x float> poison, float %v131, i32 0
  %splat132 = shufflevector <16 x float> %550, <16 x float> poison, <16 x i32> zeroinitializer
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat132, <16 x float> %o.sroa.16.0)
  %552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p127, <16 x float> %splat132, <16 x float> %o.sroa.20.0)
  %553 = getelementptr i32, ptr %541, i64 3
  %v133 = load float, ptr %553, align 4
  %554 = insertelement <16 x float> poison, float %v133, i32 0
  %splat134 = shufflevector <16 x float> %554, <16 x float> poison, <16 x i32> zeroinitializer
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat134, <16 x float> %o.sroa.24.0)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p127, <16 x float> %splat134, <16 x float> %o.sroa.28.0)
  %557 = getelementptr i32, ptr %541, i64 4
  %v135 = load float, ptr %557, align 4
  %558 = insertelement <16 x float> poison, float %v135, i32 0
  %splat136 = shufflevector <16 x float> %558, <16 x float> poison, <16 x i32> zeroinitializer
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat136, <16 x float> %o.sroa.32.0)
  %560 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p127, <16 x float> %splat136, <16 x float> %o.sroa.36.0)
  %561 = getelementptr i32, ptr %541, i64 5
  %v137 = load float, ptr %561, align 4
  %562 = insertelement <16 x float> poison, float %v137, i32 0
  %splat138 = shufflevector <16 x float> %562, <16 x float> poison, <16 x i32> zeroinitializer
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat138, <16 x float> %o.sroa.40.0)
  %564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p127, <16 x float> %splat138, <16 x float> %o.sroa.44.0)
  %565 = getelementptr i32, ptr %541, i64 6
  %v139 = load float, ptr %565, align 4
  %566 = insertelement <16 x float> poison, float %v139, i32 0
  %splat140 = shufflevector <16 x float> %566, <16 x float> poison, <16 x i32> zeroinitializer
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat140, <16 x float> %o.sroa.48.0)
  %568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p127, <16 x float> %splat140, <16 x float> %o.sroa.52.0)
  %569 = getelementptr i32, ptr %541, i64 7
  %v141 = load float, ptr %569, align 4
  %570 = insertelement <16 x float> poison, float %v141, i32 0
  %splat142 = shufflevector <16 x float> %570, <16 x float> poison, <16 x i32> zeroinitializer
  %571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat142, <16 x float> %o.sroa.56.0)
  %572 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p127, <16 x float> %splat142, <16 x float> %o.sroa.60.0)
  %573 = add nsw i32 %kpv126, 1
  br label %kpv

exit125:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %485, align 64
  store <16 x float> %o.sroa.4.0, ptr %488, align 64
  store <16 x float> %o.sroa.8.0, ptr %491, align 64
  store <16 x float> %o.sroa.12.0, ptr %494, align 64
  store <16 x float> %o.sroa.16.0, ptr %497, align 64
  store <16 x float> %o.sroa.20.0, ptr %500, align 64
  store <16 x float> %o.sroa.24.0, ptr %503, align 64
  store <16 x float> %o.sroa.28.0, ptr %506, align 64
  store <16 x float> %o.sroa.32.0, ptr %509, align 64
  store <16 x float> %o.sroa.36.0, ptr %512, align 64
  store <16 x float> %o.sroa.40.0, ptr %515, align 64
  store <16 x float> %o.sroa.44.0, ptr %518, align 64
  store <16 x float> %o.sroa.48.0, ptr %521, align 64
  store <16 x float> %o.sroa.52.0, ptr %524, align 64
  store <16 x float> %o.sroa.56.0, ptr %527, align 64
  store <16 x float> %o.sroa.60.0, ptr %530, align 64
  %574 = add nsw i32 %pvblock122, 1
  br label %pvblock

orow143:                                          ; preds = %written, %exit16
  %orow147 = phi i32 [ 0, %exit16 ], [ %611, %written ]
  %575 = icmp slt i32 %orow147, %nrows
  br i1 %575, label %body144, label %common.ret

body144:                                          ; preds = %orow143
  %576 = sext i32 %orow147 to i64
  %577 = getelementptr float, ptr %ms, i64 %576
  %m148 = load float, ptr %577, align 4
  %578 = getelementptr float, ptr %ls, i64 %576
  %l = load float, ptr %578, align 4
  %579 = sdiv i32 %orow147, 32
  %580 = srem i32 %orow147, 32
  %581 = sext i32 %579 to i64
  %582 = mul i64 %581, 8192
  %583 = getelementptr i32, ptr %ot, i64 %582
  br label %otrow

otrow:                                            ; preds = %body149, %body144
  %otrow152 = phi i32 [ 0, %body144 ], [ %592, %body149 ]
  %584 = icmp slt i32 %otrow152, 256
  br i1 %584, label %body149, label %exit151

body149:                                          ; preds = %otrow
  %585 = sext i32 %580 to i64
  %586 = sext i32 %otrow152 to i64
  %587 = mul i64 %586, 32
  %588 = add i64 %587, %585
  %589 = getelementptr i32, ptr %583, i64 %588
  %590 = load float, ptr %589, align 4
  %591 = getelementptr i32, ptr %rowbuf, i64 %586
  store float %590, ptr %591, align 4
  %592 = add nsw i32 %otrow152, 1
  br label %otrow

exit151:                                          ; preds = %otrow
  %593 = icmp ne ptr %part, null
  br i1 %593, label %partial, label %final

partial:                                          ; preds = %exit151
  %594 = sext i32 %nrows to i64
  %595 = mul i64 %576, 256
  %596 = getelementptr float, ptr %part, i64 %595
  br label %chunk153

final:                                            ; preds = %exit151
  %597 = sdiv i32 %orow147, %nh
  %qi158 = add i32 %q_begin, %597
  %598 = srem i32 %orow147, %nh
  %599 = add i32 %h_begin, %598
  %600 = mul i32 %kv_head, 8
  %hq159 = add i32 %600, %599
  %601 = sext i32 %qi158 to i64
  %602 = add i64 %q_row0, %601
  %603 = mul i64 %602, 8
  %604 = sext i32 %hq159 to i64
  %orow160 = add i64 %603, %604
  %605 = fcmp oeq float %l, 0.000000e+00
  %606 = fdiv float 1.000000e+00, %l
  %607 = select i1 %605, float 0.000000e+00, float %606
  %608 = mul i64 %orow160, 512
  %609 = getelementptr i8, ptr %out, i64 %608
  %610 = insertelement <16 x float> poison, float %607, i32 0
  %splat161 = shufflevector <16 x float> %610, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk162

written:                                          ; preds = %chunk162, %exit156
  %611 = add nsw i32 %orow147, 1
  br label %orow143

chunk153:                                         ; preds = %body154, %partial
  %chunk157 = phi i64 [ 0, %partial ], [ %617, %body154 ]
  %612 = icmp slt i64 %chunk157, 16
  br i1 %612, label %body154, label %exit156

body154:                                          ; preds = %chunk153
  %613 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk157
  %614 = load <16 x float>, ptr %613, align 64
  %615 = mul i64 %chunk157, 64
  %616 = getelementptr i8, ptr %596, i64 %615
  store <16 x float> %614, ptr %616, align 4
  %617 = add nsw i64 %chunk157, 1
  br label %chunk153

exit156:                                          ; preds = %chunk153
  %618 = mul i64 %594, 256
  %619 = add i64 %618, %576
  %620 = getelementptr float, ptr %part, i64 %619
  store float %m148, ptr %620, align 4
  %621 = add i64 %619, %594
  %622 = getelementptr float, ptr %part, i64 %621
  store float %l, ptr %622, align 4
  br label %written

chunk162:                                         ; preds = %body163, %final
  %chunk166 = phi i64 [ 0, %final ], [ %639, %body163 ]
  %623 = icmp slt i64 %chunk166, 16
  br i1 %623, label %body163, label %written

body163:                                          ; preds = %chunk162
  %624 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk166
  %625 = load <16 x float>, ptr %624, align 64
  %626 = fmul <16 x float> %625, %splat161
  %627 = mul i64 %chunk166, 32
  %628 = getelementptr i8, ptr %609, i64 %627
  %629 = bitcast <16 x float> %626 to <16 x i32>
  %630 = lshr <16 x i32> %629, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %631 = and <16 x i32> %630, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %632 = add <16 x i32> %631, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %633 = add <16 x i32> %629, %632
  %634 = lshr <16 x i32> %633, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %635 = fcmp uno <16 x float> %626, %626
  %636 = or <16 x i32> %630, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %637 = select <16 x i1> %635, <16 x i32> %636, <16 x i32> %634
  %638 = trunc <16 x i32> %637 to <16 x i16>
  store <16 x i16> %638, ptr %628, align 2
  %639 = add nsw i64 %chunk166, 1
  br label %chunk162
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
