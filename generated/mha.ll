; ModuleID = 'mha'
source_filename = "mha"
target triple = "x86_64-unknown-linux-gnu"

@mha.name = private unnamed_addr constant [4 x i8] c"mha\00"
@mha.spec = private unnamed_addr constant [248 x i8] c"attncc: 1\0Aname: mha\0Aphase: decode\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096}\0Amask: {causal: false}\0Aoutput: {lse: false}\0A\00"
@mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -3442643859020523575, ptr @mha.name, ptr @mha.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 0, i32 0, float 0x3FB6A09E60000000 }, align 8
@mha_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @mha_info_data, ptr @mha_tile, i32 1, i32 1, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @mha_tile(ptr %0, ptr %1) #0 {
entry:
  %lims = alloca i32, align 64
  %alpha = alloca float, align 64
  %accs = alloca [128 x float], align 64
  %pbuf = alloca [64 x float], align 64
  %dbuf = alloca [64 x <16 x float>], align 64
  %qs = alloca [8 x <16 x float>], align 64
  %ls = alloca float, align 64
  %ms = alloca float, align 64
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
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 131072
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 512
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %rinit, label %done

done:                                             ; preds = %orow52, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %59, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %rinit1, 1
  br i1 %26, label %body, label %exit

body:                                             ; preds = %rinit
  %27 = sext i32 %rinit1 to i64
  %28 = mul i64 %27, 8
  %29 = getelementptr <16 x float>, ptr %qs, i64 %28
  %30 = icmp slt i32 %rinit1, %nrows
  %31 = sub i32 %nrows, 1
  %32 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %31)
  %33 = sdiv i32 %32, %nh
  %qi = add i32 %q_begin, %33
  %34 = srem i32 %32, %nh
  %h = add i32 %h_begin, %34
  %hq = add i32 %kv_head, %h
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = mul i64 %36, 32
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 512
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %30, float 0x3FC0527DC0000000, float 0.000000e+00
  %42 = insertelement <16 x float> poison, float %41, i32 0
  %splat = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %k_last = sub i32 %k_end, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %49, %body2 ]
  %43 = icmp slt i64 %chunk5, 8
  br i1 %43, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %44 = mul i64 %chunk5, 64
  %45 = getelementptr i8, ptr %40, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fmul <16 x float> %46, %splat
  %48 = getelementptr <16 x float>, ptr %29, i64 %chunk5
  store <16 x float> %47, ptr %48, align 64
  %49 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %50 = getelementptr float, ptr %ms, i64 %27
  store float 0xFFF0000000000000, ptr %50, align 4
  %51 = getelementptr float, ptr %ls, i64 %27
  store float 0.000000e+00, ptr %51, align 4
  %52 = getelementptr i32, ptr %lims, i64 %27
  store i32 %k_end, ptr %52, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %58, %body6 ]
  %53 = icmp slt i64 %acczero9, 8
  br i1 %53, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %54 = mul i64 %acczero9, 16
  %55 = mul i64 %27, 128
  %56 = add i64 %55, %54
  %57 = getelementptr float, ptr %accs, i64 %56
  store <16 x float> zeroinitializer, ptr %57, align 64
  %58 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %59 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %exit49, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %388, %exit49 ]
  %60 = icmp slt i32 %kblock13, %k_end
  br i1 %60, label %kdot, label %orow52

kdot:                                             ; preds = %kblock, %body14
  %kdot17 = phi i32 [ %172, %body14 ], [ 0, %kblock ]
  %61 = icmp slt i32 %kdot17, 64
  br i1 %61, label %body14, label %rsoft

body14:                                           ; preds = %kdot
  %62 = add i32 %kblock13, %kdot17
  %63 = call i32 @llvm.smin.i32(i32 %62, i32 %k_last)
  %64 = sext i32 %63 to i64
  %65 = mul i64 %64, 16384
  %66 = getelementptr i8, ptr %22, i64 %65
  %67 = add i32 %63, 8
  %68 = call i32 @llvm.smin.i32(i32 %67, i32 %k_last)
  %69 = sext i32 %68 to i64
  %70 = mul i64 %69, 16384
  %71 = getelementptr i8, ptr %22, i64 %70
  call void @llvm.prefetch.p0(ptr %71, i32 0, i32 3, i32 1)
  %72 = getelementptr i8, ptr %71, i64 64
  call void @llvm.prefetch.p0(ptr %72, i32 0, i32 3, i32 1)
  %73 = getelementptr i8, ptr %71, i64 128
  call void @llvm.prefetch.p0(ptr %73, i32 0, i32 3, i32 1)
  %74 = getelementptr i8, ptr %71, i64 192
  call void @llvm.prefetch.p0(ptr %74, i32 0, i32 3, i32 1)
  %75 = getelementptr i8, ptr %71, i64 256
  call void @llvm.prefetch.p0(ptr %75, i32 0, i32 3, i32 1)
  %76 = getelementptr i8, ptr %71, i64 320
  call void @llvm.prefetch.p0(ptr %76, i32 0, i32 3, i32 1)
  %77 = getelementptr i8, ptr %71, i64 384
  call void @llvm.prefetch.p0(ptr %77, i32 0, i32 3, i32 1)
  %78 = getelementptr i8, ptr %71, i64 448
  call void @llvm.prefetch.p0(ptr %78, i32 0, i32 3, i32 1)
  %79 = getelementptr i8, ptr %24, i64 %65
  call void @llvm.prefetch.p0(ptr %79, i32 0, i32 3, i32 1)
  %80 = getelementptr i8, ptr %79, i64 64
  call void @llvm.prefetch.p0(ptr %80, i32 0, i32 3, i32 1)
  %81 = getelementptr i8, ptr %79, i64 128
  call void @llvm.prefetch.p0(ptr %81, i32 0, i32 3, i32 1)
  %82 = getelementptr i8, ptr %79, i64 192
  call void @llvm.prefetch.p0(ptr %82, i32 0, i32 3, i32 1)
  %83 = getelementptr i8, ptr %79, i64 256
  call void @llvm.prefetch.p0(ptr %83, i32 0, i32 3, i32 1)
  %84 = getelementptr i8, ptr %79, i64 320
  call void @llvm.prefetch.p0(ptr %84, i32 0, i32 3, i32 1)
  %85 = getelementptr i8, ptr %79, i64 384
  call void @llvm.prefetch.p0(ptr %85, i32 0, i32 3, i32 1)
  %86 = getelementptr i8, ptr %79, i64 448
  call void @llvm.prefetch.p0(ptr %86, i32 0, i32 3, i32 1)
  %87 = add i32 %kdot17, 1
  %88 = add i32 %kblock13, %87
  %89 = call i32 @llvm.smin.i32(i32 %88, i32 %k_last)
  %90 = sext i32 %89 to i64
  %91 = mul i64 %90, 16384
  %92 = getelementptr i8, ptr %22, i64 %91
  %93 = add i32 %89, 8
  %94 = call i32 @llvm.smin.i32(i32 %93, i32 %k_last)
  %95 = sext i32 %94 to i64
  %96 = mul i64 %95, 16384
  %97 = getelementptr i8, ptr %22, i64 %96
  call void @llvm.prefetch.p0(ptr %97, i32 0, i32 3, i32 1)
  %98 = getelementptr i8, ptr %97, i64 64
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 3, i32 1)
  %99 = getelementptr i8, ptr %97, i64 128
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 3, i32 1)
  %100 = getelementptr i8, ptr %97, i64 192
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 3, i32 1)
  %101 = getelementptr i8, ptr %97, i64 256
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 3, i32 1)
  %102 = getelementptr i8, ptr %97, i64 320
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 3, i32 1)
  %103 = getelementptr i8, ptr %97, i64 384
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 3, i32 1)
  %104 = getelementptr i8, ptr %97, i64 448
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 3, i32 1)
  %105 = getelementptr i8, ptr %24, i64 %91
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 3, i32 1)
  %106 = getelementptr i8, ptr %105, i64 64
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 3, i32 1)
  %107 = getelementptr i8, ptr %105, i64 128
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 3, i32 1)
  %108 = getelementptr i8, ptr %105, i64 192
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 3, i32 1)
  %109 = getelementptr i8, ptr %105, i64 256
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 3, i32 1)
  %110 = getelementptr i8, ptr %105, i64 320
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 3, i32 1)
  %111 = getelementptr i8, ptr %105, i64 384
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 3, i32 1)
  %112 = getelementptr i8, ptr %105, i64 448
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 3, i32 1)
  %113 = load <16 x float>, ptr %66, align 4
  %114 = load <16 x float>, ptr %92, align 4
  %q18 = load <16 x float>, ptr %qs, align 64
  %115 = fmul <16 x float> %q18, %113
  %116 = fmul <16 x float> %q18, %114
  %117 = getelementptr i8, ptr %66, i64 64
  %118 = load <16 x float>, ptr %117, align 4
  %119 = getelementptr i8, ptr %92, i64 64
  %120 = load <16 x float>, ptr %119, align 4
  %121 = getelementptr <16 x float>, ptr %qs, i64 1
  %q19 = load <16 x float>, ptr %121, align 64
  %122 = fmul <16 x float> %q19, %118
  %123 = fmul <16 x float> %q19, %120
  %124 = getelementptr i8, ptr %66, i64 128
  %125 = load <16 x float>, ptr %124, align 4
  %126 = getelementptr i8, ptr %92, i64 128
  %127 = load <16 x float>, ptr %126, align 4
  %128 = getelementptr <16 x float>, ptr %qs, i64 2
  %q20 = load <16 x float>, ptr %128, align 64
  %129 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %125, <16 x float> %115)
  %130 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %127, <16 x float> %116)
  %131 = getelementptr i8, ptr %66, i64 192
  %132 = load <16 x float>, ptr %131, align 4
  %133 = getelementptr i8, ptr %92, i64 192
  %134 = load <16 x float>, ptr %133, align 4
  %135 = getelementptr <16 x float>, ptr %qs, i64 3
  %q21 = load <16 x float>, ptr %135, align 64
  %136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %132, <16 x float> %122)
  %137 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %134, <16 x float> %123)
  %138 = getelementptr i8, ptr %66, i64 256
  %139 = load <16 x float>, ptr %138, align 4
  %140 = getelementptr i8, ptr %92, i64 256
  %141 = load <16 x float>, ptr %140, align 4
  %142 = getelementptr <16 x float>, ptr %qs, i64 4
  %q22 = load <16 x float>, ptr %142, align 64
  %143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %139, <16 x float> %129)
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %141, <16 x float> %130)
  %145 = getelementptr i8, ptr %66, i64 320
  %146 = load <16 x float>, ptr %145, align 4
  %147 = getelementptr i8, ptr %92, i64 320
  %148 = load <16 x float>, ptr %147, align 4
  %149 = getelementptr <16 x float>, ptr %qs, i64 5
  %q23 = load <16 x float>, ptr %149, align 64
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %146, <16 x float> %136)
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %148, <16 x float> %137)
  %152 = getelementptr i8, ptr %66, i64 384
  %153 = load <16 x float>, ptr %152, align 4
  %154 = getelementptr i8, ptr %92, i64 384
  %155 = load <16 x float>, ptr %154, align 4
  %156 = getelementptr <16 x float>, ptr %qs, i64 6
  %q24 = load <16 x float>, ptr %156, align 64
  %157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %153, <16 x float> %143)
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %155, <16 x float> %144)
  %159 = getelementptr i8, ptr %66, i64 448
  %160 = load <16 x float>, ptr %159, align 4
  %161 = getelementptr i8, ptr %92, i64 448
  %162 = load <16 x float>, ptr %161, align 4
  %163 = getelementptr <16 x float>, ptr %qs, i64 7
  %q25 = load <16 x float>, ptr %163, align 64
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %160, <16 x float> %150)
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %162, <16 x float> %151)
  %166 = fadd <16 x float> %157, %164
  %167 = sext i32 %kdot17 to i64
  %168 = getelementptr <16 x float>, ptr %dbuf, i64 %167
  store <16 x float> %166, ptr %168, align 64
  %169 = fadd <16 x float> %158, %165
  %170 = sext i32 %87 to i64
  %171 = getelementptr <16 x float>, ptr %dbuf, i64 %170
  store <16 x float> %169, ptr %171, align 64
  %172 = add nsw i32 %kdot17, 2
  br label %kdot

rsoft:                                            ; preds = %kdot, %exit40
  %rsoft29 = phi i32 [ %355, %exit40 ], [ 0, %kdot ]
  %173 = icmp slt i32 %rsoft29, 1
  br i1 %173, label %body26, label %exit28

body26:                                           ; preds = %rsoft
  %174 = sext i32 %rsoft29 to i64
  %175 = getelementptr i32, ptr %lims, i64 %174
  %lim = load i32, ptr %175, align 4
  %176 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat30 = shufflevector <16 x i32> %176, <16 x i32> poison, <16 x i32> zeroinitializer
  %177 = getelementptr float, ptr %ms, i64 %174
  %178 = getelementptr float, ptr %ls, i64 %174
  %m = load float, ptr %177, align 4
  br label %sblock

exit28:                                           ; preds = %rsoft
  %179 = sub i32 %k_end, %kblock13
  %180 = call i32 @llvm.smin.i32(i32 64, i32 %179)
  %181 = load float, ptr %alpha, align 4
  %182 = insertelement <16 x float> poison, float %181, i32 0
  %splat46 = shufflevector <16 x float> %182, <16 x float> poison, <16 x i32> zeroinitializer
  %183 = load <16 x float>, ptr %accs, align 64
  %184 = fmul <16 x float> %183, %splat46
  %185 = getelementptr float, ptr %accs, i64 16
  %186 = load <16 x float>, ptr %185, align 64
  %187 = fmul <16 x float> %186, %splat46
  %188 = getelementptr float, ptr %accs, i64 32
  %189 = load <16 x float>, ptr %188, align 64
  %190 = fmul <16 x float> %189, %splat46
  %191 = getelementptr float, ptr %accs, i64 48
  %192 = load <16 x float>, ptr %191, align 64
  %193 = fmul <16 x float> %192, %splat46
  %194 = getelementptr float, ptr %accs, i64 64
  %195 = load <16 x float>, ptr %194, align 64
  %196 = fmul <16 x float> %195, %splat46
  %197 = getelementptr float, ptr %accs, i64 80
  %198 = load <16 x float>, ptr %197, align 64
  %199 = fmul <16 x float> %198, %splat46
  %200 = getelementptr float, ptr %accs, i64 96
  %201 = load <16 x float>, ptr %200, align 64
  %202 = fmul <16 x float> %201, %splat46
  %203 = getelementptr float, ptr %accs, i64 112
  %204 = load <16 x float>, ptr %203, align 64
  %205 = fmul <16 x float> %204, %splat46
  br label %kpv

sblock:                                           ; preds = %body31, %body26
  %smax.0 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %body26 ], [ %309, %body31 ]
  %sblock34 = phi i64 [ 0, %body26 ], [ %310, %body31 ]
  %206 = icmp slt i64 %sblock34, 4
  br i1 %206, label %body31, label %exit33

body31:                                           ; preds = %sblock
  %207 = mul i64 %sblock34, 16
  %208 = mul i64 %174, 64
  %209 = add i64 %208, %207
  %210 = getelementptr <16 x float>, ptr %dbuf, i64 %209
  %211 = load <16 x float>, ptr %210, align 64
  %212 = add i64 %209, 1
  %213 = getelementptr <16 x float>, ptr %dbuf, i64 %212
  %214 = load <16 x float>, ptr %213, align 64
  %215 = shufflevector <16 x float> %211, <16 x float> %214, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %216 = shufflevector <16 x float> %211, <16 x float> %214, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %217 = fadd <16 x float> %215, %216
  %218 = add i64 %209, 2
  %219 = getelementptr <16 x float>, ptr %dbuf, i64 %218
  %220 = load <16 x float>, ptr %219, align 64
  %221 = add i64 %209, 3
  %222 = getelementptr <16 x float>, ptr %dbuf, i64 %221
  %223 = load <16 x float>, ptr %222, align 64
  %224 = shufflevector <16 x float> %220, <16 x float> %223, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %225 = shufflevector <16 x float> %220, <16 x float> %223, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %226 = fadd <16 x float> %224, %225
  %227 = shufflevector <16 x float> %217, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %228 = shufflevector <16 x float> %217, <16 x float> %226, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %229 = fadd <16 x float> %227, %228
  %230 = add i64 %209, 4
  %231 = getelementptr <16 x float>, ptr %dbuf, i64 %230
  %232 = load <16 x float>, ptr %231, align 64
  %233 = add i64 %209, 5
  %234 = getelementptr <16 x float>, ptr %dbuf, i64 %233
  %235 = load <16 x float>, ptr %234, align 64
  %236 = shufflevector <16 x float> %232, <16 x float> %235, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %237 = shufflevector <16 x float> %232, <16 x float> %235, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %238 = fadd <16 x float> %236, %237
  %239 = add i64 %209, 6
  %240 = getelementptr <16 x float>, ptr %dbuf, i64 %239
  %241 = load <16 x float>, ptr %240, align 64
  %242 = add i64 %209, 7
  %243 = getelementptr <16 x float>, ptr %dbuf, i64 %242
  %244 = load <16 x float>, ptr %243, align 64
  %245 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %246 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %247 = fadd <16 x float> %245, %246
  %248 = shufflevector <16 x float> %238, <16 x float> %247, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %249 = shufflevector <16 x float> %238, <16 x float> %247, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %250 = fadd <16 x float> %248, %249
  %251 = shufflevector <16 x float> %229, <16 x float> %250, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %252 = shufflevector <16 x float> %229, <16 x float> %250, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %253 = fadd <16 x float> %251, %252
  %254 = add i64 %209, 8
  %255 = getelementptr <16 x float>, ptr %dbuf, i64 %254
  %256 = load <16 x float>, ptr %255, align 64
  %257 = add i64 %209, 9
  %258 = getelementptr <16 x float>, ptr %dbuf, i64 %257
  %259 = load <16 x float>, ptr %258, align 64
  %260 = shufflevector <16 x float> %256, <16 x float> %259, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %261 = shufflevector <16 x float> %256, <16 x float> %259, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %262 = fadd <16 x float> %260, %261
  %263 = add i64 %209, 10
  %264 = getelementptr <16 x float>, ptr %dbuf, i64 %263
  %265 = load <16 x float>, ptr %264, align 64
  %266 = add i64 %209, 11
  %267 = getelementptr <16 x float>, ptr %dbuf, i64 %266
  %268 = load <16 x float>, ptr %267, align 64
  %269 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %270 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %271 = fadd <16 x float> %269, %270
  %272 = shufflevector <16 x float> %262, <16 x float> %271, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %273 = shufflevector <16 x float> %262, <16 x float> %271, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %274 = fadd <16 x float> %272, %273
  %275 = add i64 %209, 12
  %276 = getelementptr <16 x float>, ptr %dbuf, i64 %275
  %277 = load <16 x float>, ptr %276, align 64
  %278 = add i64 %209, 13
  %279 = getelementptr <16 x float>, ptr %dbuf, i64 %278
  %280 = load <16 x float>, ptr %279, align 64
  %281 = shufflevector <16 x float> %277, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %282 = shufflevector <16 x float> %277, <16 x float> %280, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %283 = fadd <16 x float> %281, %282
  %284 = add i64 %209, 14
  %285 = getelementptr <16 x float>, ptr %dbuf, i64 %284
  %286 = load <16 x float>, ptr %285, align 64
  %287 = add i64 %209, 15
  %288 = getelementptr <16 x float>, ptr %dbuf, i64 %287
  %289 = load <16 x float>, ptr %288, align 64
  %290 = shufflevector <16 x float> %286, <16 x float> %289, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %291 = shufflevector <16 x float> %286, <16 x float> %289, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %292 = fadd <16 x float> %290, %291
  %293 = shufflevector <16 x float> %283, <16 x float> %292, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %294 = shufflevector <16 x float> %283, <16 x float> %292, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %295 = fadd <16 x float> %293, %294
  %296 = shufflevector <16 x float> %274, <16 x float> %295, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %297 = shufflevector <16 x float> %274, <16 x float> %295, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %298 = fadd <16 x float> %296, %297
  %299 = shufflevector <16 x float> %253, <16 x float> %298, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %300 = shufflevector <16 x float> %253, <16 x float> %298, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %301 = fadd <16 x float> %299, %300
  %302 = trunc i64 %207 to i32
  %303 = add i32 %kblock13, %302
  %304 = insertelement <16 x i32> poison, i32 %303, i32 0
  %splat35 = shufflevector <16 x i32> %304, <16 x i32> poison, <16 x i32> zeroinitializer
  %305 = add <16 x i32> %splat35, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %306 = icmp slt <16 x i32> %305, %splat30
  %307 = select <16 x i1> %306, <16 x float> %301, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %308 = getelementptr float, ptr %pbuf, i64 %209
  store <16 x float> %307, ptr %308, align 64
  %309 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %smax.0, <16 x float> %307)
  %310 = add nsw i64 %sblock34, 1
  br label %sblock

exit33:                                           ; preds = %sblock
  %311 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %smax.0)
  %312 = call float @llvm.maxnum.f32(float %m, float %311)
  %313 = fcmp oeq float %312, 0xFFF0000000000000
  %muse = select i1 %313, float 0.000000e+00, float %312
  %314 = fsub float %m, %muse
  %315 = insertelement <16 x float> poison, float %314, i32 0
  %splat36 = shufflevector <16 x float> %315, <16 x float> poison, <16 x i32> zeroinitializer
  %316 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat36, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %317 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %316, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %318 = fadd <16 x float> %317, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %318, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %317, %n
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %319, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %320, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %321, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %322, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %325 = fptosi <16 x float> %n to <16 x i32>
  %326 = add <16 x i32> %325, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %327 = shl <16 x i32> %326, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %328 = bitcast <16 x i32> %327 to <16 x float>
  %exp2 = fmul <16 x float> %324, %328
  %alpha37 = extractelement <16 x float> %exp2, i32 0
  br label %pblock

pblock:                                           ; preds = %body38, %exit33
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit33 ], [ %350, %body38 ]
  %pblock41 = phi i64 [ 0, %exit33 ], [ %351, %body38 ]
  %329 = icmp slt i64 %pblock41, 4
  br i1 %329, label %body38, label %exit40

body38:                                           ; preds = %pblock
  %330 = mul i64 %pblock41, 16
  %331 = mul i64 %174, 64
  %332 = add i64 %331, %330
  %333 = getelementptr float, ptr %pbuf, i64 %332
  %334 = insertelement <16 x float> poison, float %muse, i32 0
  %splat42 = shufflevector <16 x float> %334, <16 x float> poison, <16 x i32> zeroinitializer
  %335 = load <16 x float>, ptr %333, align 64
  %336 = fsub <16 x float> %335, %splat42
  %337 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %336, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %338 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %337, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %339 = fadd <16 x float> %338, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n43 = fsub <16 x float> %339, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f44 = fsub <16 x float> %338, %n43
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f44, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %340, <16 x float> %f44, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f44, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f44, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f44, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f44, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %346 = fptosi <16 x float> %n43 to <16 x i32>
  %347 = add <16 x i32> %346, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %348 = shl <16 x i32> %347, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %349 = bitcast <16 x i32> %348 to <16 x float>
  %exp245 = fmul <16 x float> %345, %349
  store <16 x float> %exp245, ptr %333, align 64
  %350 = fadd <16 x float> %lsum.0, %exp245
  %351 = add nsw i64 %pblock41, 1
  br label %pblock

exit40:                                           ; preds = %pblock
  %352 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %lsum.0)
  %l = load float, ptr %178, align 4
  %353 = call float @llvm.fmuladd.f32(float %l, float %alpha37, float %352)
  store float %353, ptr %178, align 4
  store float %312, ptr %177, align 4
  %354 = getelementptr float, ptr %alpha, i64 %174
  store float %alpha37, ptr %354, align 4
  %355 = add nsw i32 %rsoft29, 1
  br label %rsoft

kpv:                                              ; preds = %body47, %exit28
  %pacc.sroa.28.0 = phi <16 x float> [ %205, %exit28 ], [ %386, %body47 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %202, %exit28 ], [ %383, %body47 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %199, %exit28 ], [ %380, %body47 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %196, %exit28 ], [ %377, %body47 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %193, %exit28 ], [ %374, %body47 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %190, %exit28 ], [ %371, %body47 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %187, %exit28 ], [ %368, %body47 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %184, %exit28 ], [ %365, %body47 ]
  %kpv50 = phi i32 [ 0, %exit28 ], [ %387, %body47 ]
  %356 = icmp slt i32 %kpv50, %180
  br i1 %356, label %body47, label %exit49

body47:                                           ; preds = %kpv
  %357 = add i32 %kblock13, %kpv50
  %358 = sext i32 %357 to i64
  %359 = mul i64 %358, 16384
  %360 = getelementptr i8, ptr %24, i64 %359
  %361 = sext i32 %kpv50 to i64
  %362 = getelementptr float, ptr %pbuf, i64 %361
  %p = load float, ptr %362, align 4
  %363 = insertelement <16 x float> poison, float %p, i32 0
  %splat51 = shufflevector <16 x float> %363, <16 x float> poison, <16 x i32> zeroinitializer
  %364 = load <16 x float>, ptr %360, align 4
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %364, <16 x float> %pacc.sroa.0.0)
  %366 = getelementptr i8, ptr %360, i64 64
  %367 = load <16 x float>, ptr %366, align 4
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %367, <16 x float> %pacc.sroa.4.0)
  %369 = getelementptr i8, ptr %360, i64 128
  %370 = load <16 x float>, ptr %369, align 4
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %370, <16 x float> %pacc.sroa.8.0)
  %372 = getelementptr i8, ptr %360, i64 192
  %373 = load <16 x float>, ptr %372, align 4
  %374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %373, <16 x float> %pacc.sroa.12.0)
  %375 = getelementptr i8, ptr %360, i64 256
  %376 = load <16 x float>, ptr %375, align 4
  %377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %376, <16 x float> %pacc.sroa.16.0)
  %378 = getelementptr i8, ptr %360, i64 320
  %379 = load <16 x float>, ptr %378, align 4
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %379, <16 x float> %pacc.sroa.20.0)
  %381 = getelementptr i8, ptr %360, i64 384
  %382 = load <16 x float>, ptr %381, align 4
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %382, <16 x float> %pacc.sroa.24.0)
  %384 = getelementptr i8, ptr %360, i64 448
  %385 = load <16 x float>, ptr %384, align 4
  %386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %385, <16 x float> %pacc.sroa.28.0)
  %387 = add nsw i32 %kpv50, 1
  br label %kpv

exit49:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %185, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %188, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %191, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %194, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %197, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %200, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %203, align 64
  %388 = add nsw i32 %kblock13, 64
  br label %kblock

orow52:                                           ; preds = %kblock, %written
  %orow56 = phi i32 [ %410, %written ], [ 0, %kblock ]
  %389 = icmp slt i32 %orow56, %nrows
  br i1 %389, label %body53, label %done

body53:                                           ; preds = %orow52
  %390 = sext i32 %orow56 to i64
  %391 = getelementptr float, ptr %ms, i64 %390
  %m57 = load float, ptr %391, align 4
  %392 = getelementptr float, ptr %ls, i64 %390
  %l58 = load float, ptr %392, align 4
  %393 = mul i64 %390, 128
  %394 = getelementptr float, ptr %accs, i64 %393
  %395 = icmp ne ptr %part, null
  br i1 %395, label %partial, label %final

partial:                                          ; preds = %body53
  %396 = sext i32 %nrows to i64
  %397 = getelementptr float, ptr %part, i64 %393
  br label %chunk59

final:                                            ; preds = %body53
  %398 = sdiv i32 %orow56, %nh
  %qi64 = add i32 %q_begin, %398
  %399 = srem i32 %orow56, %nh
  %h65 = add i32 %h_begin, %399
  %hq66 = add i32 %kv_head, %h65
  %400 = sext i32 %qi64 to i64
  %401 = add i64 %q_row0, %400
  %402 = mul i64 %401, 32
  %403 = sext i32 %hq66 to i64
  %orow67 = add i64 %402, %403
  %404 = fcmp oeq float %l58, 0.000000e+00
  %405 = fdiv float 1.000000e+00, %l58
  %406 = select i1 %404, float 0.000000e+00, float %405
  %407 = mul i64 %orow67, 512
  %408 = getelementptr i8, ptr %out, i64 %407
  %409 = insertelement <16 x float> poison, float %406, i32 0
  %splat68 = shufflevector <16 x float> %409, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk69

written:                                          ; preds = %chunk69, %exit62
  %410 = add nsw i32 %orow56, 1
  br label %orow52

chunk59:                                          ; preds = %body60, %partial
  %chunk63 = phi i64 [ 0, %partial ], [ %416, %body60 ]
  %411 = icmp slt i64 %chunk63, 8
  br i1 %411, label %body60, label %exit62

body60:                                           ; preds = %chunk59
  %412 = getelementptr <16 x float>, ptr %394, i64 %chunk63
  %413 = load <16 x float>, ptr %412, align 64
  %414 = mul i64 %chunk63, 64
  %415 = getelementptr i8, ptr %397, i64 %414
  store <16 x float> %413, ptr %415, align 4
  %416 = add nsw i64 %chunk63, 1
  br label %chunk59

exit62:                                           ; preds = %chunk59
  %417 = mul i64 %396, 128
  %418 = add i64 %417, %390
  %419 = getelementptr float, ptr %part, i64 %418
  store float %m57, ptr %419, align 4
  %420 = add i64 %418, %396
  %421 = getelementptr float, ptr %part, i64 %420
  store float %l58, ptr %421, align 4
  br label %written

chunk69:                                          ; preds = %body70, %final
  %chunk73 = phi i64 [ 0, %final ], [ %428, %body70 ]
  %422 = icmp slt i64 %chunk73, 8
  br i1 %422, label %body70, label %written

body70:                                           ; preds = %chunk69
  %423 = getelementptr <16 x float>, ptr %394, i64 %chunk73
  %424 = load <16 x float>, ptr %423, align 64
  %425 = fmul <16 x float> %424, %splat68
  %426 = mul i64 %chunk73, 64
  %427 = getelementptr i8, ptr %408, i64 %426
  store <16 x float> %425, ptr %427, align 4
  %428 = add nsw i64 %chunk73, 1
  br label %chunk69
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fmax.v16f32(<16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @mha(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @mha_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @mha_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @mha_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @mha_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @mha_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @mha_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @mha_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @mha_info() #0 {
entry:
  ret ptr @mha_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
