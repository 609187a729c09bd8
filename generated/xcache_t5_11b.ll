; ModuleID = 'xcache_t5_11b'
source_filename = "xcache_t5_11b"
target triple = "x86_64-unknown-linux-gnu"

@xcache_t5_11b.name = private unnamed_addr constant [14 x i8] c"xcache_t5_11b\00"
@xcache_t5_11b.spec = private unnamed_addr constant [384 x i8] c"attncc: 1\0Aname: xcache_t5_11b\0Aphase: decode\0Akind: self\0Aheads: {q: 128, kv: 128, dim: 128, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: x, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 24, d_model: 1024}\0A\00"
@xcache_t5_11b_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 7315395120318662755, ptr @xcache_t5_11b.name, ptr @xcache_t5_11b.spec, i32 128, i32 128, i32 128, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 2, i32 1024, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@xcache_t5_11b_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @xcache_t5_11b_info_data, ptr @xcache_t5_11b_tile, i32 1, i32 32, i32 16, i32 256, i32 1, i32 1024, ptr @xcache_t5_11b_project }, align 8

; Function Attrs: nounwind
define internal void @xcache_t5_11b_project(ptr %0, ptr %1, i64 %2) #0 {
entry:
  %head = srem i64 %2, 128
  %3 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %3, align 8
  %4 = mul i64 %2, 256
  %5 = getelementptr i8, ptr %out, i64 %4
  %6 = getelementptr i8, ptr %0, i64 112
  %w_out = load ptr, ptr %6, align 8
  %7 = getelementptr i8, ptr %0, i64 120
  %out_bias = load ptr, ptr %7, align 8
  %8 = icmp ne ptr %1, null
  %nk = select i1 %8, i64 1024, i64 0
  %9 = icmp ne ptr %out_bias, null
  %10 = and i1 %8, %9
  %col = mul i64 %head, 128
  br label %proj_k

proj_k:                                           ; preds = %body, %entry
  %pacc.sroa.42.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %39, %body ]
  %pacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %36, %body ]
  %pacc.sroa.30.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %33, %body ]
  %pacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %30, %body ]
  %pacc.sroa.18.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %27, %body ]
  %pacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %24, %body ]
  %pacc.sroa.6.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %21, %body ]
  %pacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %18, %body ]
  %proj_k1 = phi i64 [ 0, %entry ], [ %40, %body ]
  %11 = icmp slt i64 %proj_k1, %nk
  br i1 %11, label %body, label %exit

body:                                             ; preds = %proj_k
  %12 = getelementptr float, ptr %1, i64 %proj_k1
  %uk = load float, ptr %12, align 4
  %13 = insertelement <16 x float> poison, float %uk, i32 0
  %splat = shufflevector <16 x float> %13, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = mul i64 %proj_k1, 16384
  %15 = add i64 %14, %col
  %16 = getelementptr float, ptr %w_out, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %17, <16 x float> %pacc.sroa.0.0)
  %19 = getelementptr float, ptr %16, i64 16
  %20 = load <16 x float>, ptr %19, align 4
  %21 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %20, <16 x float> %pacc.sroa.6.0)
  %22 = getelementptr float, ptr %16, i64 32
  %23 = load <16 x float>, ptr %22, align 4
  %24 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %23, <16 x float> %pacc.sroa.12.0)
  %25 = getelementptr float, ptr %16, i64 48
  %26 = load <16 x float>, ptr %25, align 4
  %27 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %26, <16 x float> %pacc.sroa.18.0)
  %28 = getelementptr float, ptr %16, i64 64
  %29 = load <16 x float>, ptr %28, align 4
  %30 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %29, <16 x float> %pacc.sroa.24.0)
  %31 = getelementptr float, ptr %16, i64 80
  %32 = load <16 x float>, ptr %31, align 4
  %33 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %32, <16 x float> %pacc.sroa.30.0)
  %34 = getelementptr float, ptr %16, i64 96
  %35 = load <16 x float>, ptr %34, align 4
  %36 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %35, <16 x float> %pacc.sroa.36.0)
  %37 = getelementptr float, ptr %16, i64 112
  %38 = load <16 x float>, ptr %37, align 4
  %39 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %38, <16 x float> %pacc.sroa.42.0)
  %40 = add nsw i64 %proj_k1, 1
  br label %proj_k

exit:                                             ; preds = %proj_k
  br i1 %10, label %bias, label %join

bias:                                             ; preds = %exit
  %41 = getelementptr float, ptr %out_bias, i64 %col
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fadd <16 x float> %pacc.sroa.0.0, %42
  %44 = add i64 %col, 16
  %45 = getelementptr float, ptr %out_bias, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fadd <16 x float> %pacc.sroa.6.0, %46
  %48 = add i64 %col, 32
  %49 = getelementptr float, ptr %out_bias, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fadd <16 x float> %pacc.sroa.12.0, %50
  %52 = add i64 %col, 48
  %53 = getelementptr float, ptr %out_bias, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fadd <16 x float> %pacc.sroa.18.0, %54
  %56 = add i64 %col, 64
  %57 = getelementptr float, ptr %out_bias, i64 %56
  %58 = load <16 x float>, ptr %57, align 4
  %59 = fadd <16 x float> %pacc.sroa.24.0, %58
  %60 = add i64 %col, 80
  %61 = getelementptr float, ptr %out_bias, i64 %60
  %62 = load <16 x float>, ptr %61, align 4
  %63 = fadd <16 x float> %pacc.sroa.30.0, %62
  %64 = add i64 %col, 96
  %65 = getelementptr float, ptr %out_bias, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %pacc.sroa.36.0, %66
  %68 = add i64 %col, 112
  %69 = getelementptr float, ptr %out_bias, i64 %68
  %70 = load <16 x float>, ptr %69, align 4
  %71 = fadd <16 x float> %pacc.sroa.42.0, %70
  br label %join

join:                                             ; preds = %bias, %exit
  %pacc.sroa.42.1 = phi <16 x float> [ %71, %bias ], [ %pacc.sroa.42.0, %exit ]
  %pacc.sroa.36.1 = phi <16 x float> [ %67, %bias ], [ %pacc.sroa.36.0, %exit ]
  %pacc.sroa.30.1 = phi <16 x float> [ %63, %bias ], [ %pacc.sroa.30.0, %exit ]
  %pacc.sroa.24.1 = phi <16 x float> [ %59, %bias ], [ %pacc.sroa.24.0, %exit ]
  %pacc.sroa.18.1 = phi <16 x float> [ %55, %bias ], [ %pacc.sroa.18.0, %exit ]
  %pacc.sroa.12.1 = phi <16 x float> [ %51, %bias ], [ %pacc.sroa.12.0, %exit ]
  %pacc.sroa.6.1 = phi <16 x float> [ %47, %bias ], [ %pacc.sroa.6.0, %exit ]
  %pacc.sroa.0.1 = phi <16 x float> [ %43, %bias ], [ %pacc.sroa.0.0, %exit ]
  %72 = bitcast <16 x float> %pacc.sroa.0.1 to <16 x i32>
  %73 = lshr <16 x i32> %72, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %74 = and <16 x i32> %73, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %75 = add <16 x i32> %74, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %76 = add <16 x i32> %72, %75
  %77 = lshr <16 x i32> %76, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %78 = fcmp uno <16 x float> %pacc.sroa.0.1, %pacc.sroa.0.1
  %79 = or <16 x i32> %73, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %80 = select <16 x i1> %78, <16 x i32> %79, <16 x i32> %77
  %81 = trunc <16 x i32> %80 to <16 x i16>
  store <16 x i16> %81, ptr %5, align 2
  %82 = getelementptr i8, ptr %5, i64 32
  %83 = bitcast <16 x float> %pacc.sroa.6.1 to <16 x i32>
  %84 = lshr <16 x i32> %83, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %85 = and <16 x i32> %84, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %86 = add <16 x i32> %85, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %87 = add <16 x i32> %83, %86
  %88 = lshr <16 x i32> %87, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %89 = fcmp uno <16 x float> %pacc.sroa.6.1, %pacc.sroa.6.1
  %90 = or <16 x i32> %84, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %91 = select <16 x i1> %89, <16 x i32> %90, <16 x i32> %88
  %92 = trunc <16 x i32> %91 to <16 x i16>
  store <16 x i16> %92, ptr %82, align 2
  %93 = getelementptr i8, ptr %5, i64 64
  %94 = bitcast <16 x float> %pacc.sroa.12.1 to <16 x i32>
  %95 = lshr <16 x i32> %94, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %96 = and <16 x i32> %95, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %97 = add <16 x i32> %96, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %98 = add <16 x i32> %94, %97
  %99 = lshr <16 x i32> %98, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %100 = fcmp uno <16 x float> %pacc.sroa.12.1, %pacc.sroa.12.1
  %101 = or <16 x i32> %95, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %102 = select <16 x i1> %100, <16 x i32> %101, <16 x i32> %99
  %103 = trunc <16 x i32> %102 to <16 x i16>
  store <16 x i16> %103, ptr %93, align 2
  %104 = getelementptr i8, ptr %5, i64 96
  %105 = bitcast <16 x float> %pacc.sroa.18.1 to <16 x i32>
  %106 = lshr <16 x i32> %105, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %107 = and <16 x i32> %106, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %108 = add <16 x i32> %107, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %109 = add <16 x i32> %105, %108
  %110 = lshr <16 x i32> %109, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %111 = fcmp uno <16 x float> %pacc.sroa.18.1, %pacc.sroa.18.1
  %112 = or <16 x i32> %106, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %113 = select <16 x i1> %111, <16 x i32> %112, <16 x i32> %110
  %114 = trunc <16 x i32> %113 to <16 x i16>
  store <16 x i16> %114, ptr %104, align 2
  %115 = getelementptr i8, ptr %5, i64 128
  %116 = bitcast <16 x float> %pacc.sroa.24.1 to <16 x i32>
  %117 = lshr <16 x i32> %116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %118 = and <16 x i32> %117, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %119 = add <16 x i32> %118, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %120 = add <16 x i32> %116, %119
  %121 = lshr <16 x i32> %120, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %122 = fcmp uno <16 x float> %pacc.sroa.24.1, %pacc.sroa.24.1
  %123 = or <16 x i32> %117, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %124 = select <16 x i1> %122, <16 x i32> %123, <16 x i32> %121
  %125 = trunc <16 x i32> %124 to <16 x i16>
  store <16 x i16> %125, ptr %115, align 2
  %126 = getelementptr i8, ptr %5, i64 160
  %127 = bitcast <16 x float> %pacc.sroa.30.1 to <16 x i32>
  %128 = lshr <16 x i32> %127, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %129 = and <16 x i32> %128, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %130 = add <16 x i32> %129, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %131 = add <16 x i32> %127, %130
  %132 = lshr <16 x i32> %131, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %133 = fcmp uno <16 x float> %pacc.sroa.30.1, %pacc.sroa.30.1
  %134 = or <16 x i32> %128, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %135 = select <16 x i1> %133, <16 x i32> %134, <16 x i32> %132
  %136 = trunc <16 x i32> %135 to <16 x i16>
  store <16 x i16> %136, ptr %126, align 2
  %137 = getelementptr i8, ptr %5, i64 192
  %138 = bitcast <16 x float> %pacc.sroa.36.1 to <16 x i32>
  %139 = lshr <16 x i32> %138, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %140 = and <16 x i32> %139, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %141 = add <16 x i32> %140, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %142 = add <16 x i32> %138, %141
  %143 = lshr <16 x i32> %142, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %144 = fcmp uno <16 x float> %pacc.sroa.36.1, %pacc.sroa.36.1
  %145 = or <16 x i32> %139, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %146 = select <16 x i1> %144, <16 x i32> %145, <16 x i32> %143
  %147 = trunc <16 x i32> %146 to <16 x i16>
  store <16 x i16> %147, ptr %137, align 2
  %148 = getelementptr i8, ptr %5, i64 224
  %149 = bitcast <16 x float> %pacc.sroa.42.1 to <16 x i32>
  %150 = lshr <16 x i32> %149, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %151 = and <16 x i32> %150, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %152 = add <16 x i32> %151, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %153 = add <16 x i32> %149, %152
  %154 = lshr <16 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %155 = fcmp uno <16 x float> %pacc.sroa.42.1, %pacc.sroa.42.1
  %156 = or <16 x i32> %150, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %157 = select <16 x i1> %155, <16 x i32> %156, <16 x i32> %154
  %158 = trunc <16 x i32> %157 to <16 x i16>
  store <16 x i16> %158, ptr %148, align 2
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nounwind
define internal void @xcache_t5_11b_tile(ptr %0, ptr %1) #0 {
entry:
  %dots = alloca [16 x <16 x float>], align 64
  %qnope = alloca [8 x <16 x float>], align 64
  %lv = alloca [2 x <16 x float>], align 64
  %mv = alloca [2 x <16 x float>], align 64
  %lims = alloca [32 x i32], align 64
  %rowbuf = alloca [64 x <16 x float>], align 64
  %ot = alloca [131072 x i8], align 64
  %st = alloca [3072 x i8], align 64
  %vbuf = alloca [49152 x i8], align 64
  %kbuf = alloca [98304 x i8], align 64
  %qt = alloca [131072 x i8], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
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
  %14 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 40
  %16 = getelementptr i8, ptr %0, i64 48
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 8388608
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = icmp sgt i32 %nrows, 0
  br i1 %22, label %qrow, label %done

done:                                             ; preds = %orow133, %entry
  ret void

qrow:                                             ; preds = %entry, %exit17
  %qrow1 = phi i32 [ %200, %exit17 ], [ 0, %entry ]
  %23 = icmp slt i32 %qrow1, 32
  br i1 %23, label %body, label %otzero

body:                                             ; preds = %qrow
  %24 = icmp slt i32 %qrow1, %nrows
  %25 = sub i32 %nrows, 1
  %26 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %25)
  %27 = sdiv i32 %26, %nh
  %qi = add i32 %q_begin, %27
  %28 = srem i32 %26, %nh
  %29 = add i32 %h_begin, %28
  %30 = mul i32 %kv_head, 128
  %hq = add i32 %30, %29
  %31 = sext i32 %qi to i64
  %32 = add i64 %q_row0, %31
  %33 = mul i64 %32, 128
  %34 = sext i32 %hq to i64
  %orow = add i64 %33, %34
  %35 = mul i64 %orow, 256
  %36 = getelementptr i8, ptr %q, i64 %35
  %37 = select i1 %24, float 0x3FC0527DC0000000, float 0.000000e+00
  %38 = insertelement <16 x float> poison, float %37, i32 0
  %splat = shufflevector <16 x float> %38, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %39 = icmp slt i64 %chunk5, 8
  br i1 %39, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %40 = mul i64 %chunk5, 32
  %41 = getelementptr i8, ptr %36, i64 %40
  %42 = load <16 x i16>, ptr %41, align 2
  %43 = zext <16 x i16> %42 to <16 x i32>
  %44 = shl <16 x i32> %43, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %44 to <16 x float>
  %45 = fmul <16 x float> %bf16, %splat
  %46 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = srem i64 %orow, 128
  %49 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %49, align 8
  %50 = mul i64 %48, 128
  %51 = getelementptr float, ptr %w_absorb, i64 %50
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %190, %exit12 ]
  %52 = icmp slt i64 %absorb9, 64
  br i1 %52, label %body6, label %exit8

body6:                                            ; preds = %absorb
  %53 = mul i64 %absorb9, 16
  br label %absorb_out

exit8:                                            ; preds = %absorb
  %54 = sext i32 %qrow1 to i64
  %55 = getelementptr i32, ptr %lims, i64 %54
  %qpos = add i32 %q_pos0, %qi
  %56 = add i32 %qpos, 1
  %57 = call i32 @llvm.smin.i32(i32 %56, i32 %k_end)
  store i32 %57, ptr %55, align 4
  %58 = sdiv i32 %qrow1, 32
  %59 = sext i32 %58 to i64
  %60 = mul i64 %59, 32768
  %61 = getelementptr i32, ptr %qt, i64 %60
  %62 = srem i32 %qrow1, 32
  br label %qcol

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %107, %body10 ]
  %63 = icmp slt i64 %absorb_out13, 16
  br i1 %63, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %64 = add i64 %53, %absorb_out13
  %65 = call i64 @llvm.smin.i64(i64 %64, i64 1023)
  %66 = mul i64 %65, 16384
  %67 = getelementptr float, ptr %51, i64 %66
  %68 = load <16 x float>, ptr %67, align 4
  %69 = load <16 x float>, ptr %qnope, align 64
  %70 = fmul <16 x float> %69, %68
  %71 = getelementptr float, ptr %67, i64 16
  %72 = load <16 x float>, ptr %71, align 4
  %73 = getelementptr <16 x float>, ptr %qnope, i64 1
  %74 = load <16 x float>, ptr %73, align 64
  %75 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %74, <16 x float> %72, <16 x float> %70)
  %76 = getelementptr float, ptr %67, i64 32
  %77 = load <16 x float>, ptr %76, align 4
  %78 = getelementptr <16 x float>, ptr %qnope, i64 2
  %79 = load <16 x float>, ptr %78, align 64
  %80 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %79, <16 x float> %77, <16 x float> %75)
  %81 = getelementptr float, ptr %67, i64 48
  %82 = load <16 x float>, ptr %81, align 4
  %83 = getelementptr <16 x float>, ptr %qnope, i64 3
  %84 = load <16 x float>, ptr %83, align 64
  %85 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %84, <16 x float> %82, <16 x float> %80)
  %86 = getelementptr float, ptr %67, i64 64
  %87 = load <16 x float>, ptr %86, align 4
  %88 = getelementptr <16 x float>, ptr %qnope, i64 4
  %89 = load <16 x float>, ptr %88, align 64
  %90 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %89, <16 x float> %87, <16 x float> %85)
  %91 = getelementptr float, ptr %67, i64 80
  %92 = load <16 x float>, ptr %91, align 4
  %93 = getelementptr <16 x float>, ptr %qnope, i64 5
  %94 = load <16 x float>, ptr %93, align 64
  %95 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %94, <16 x float> %92, <16 x float> %90)
  %96 = getelementptr float, ptr %67, i64 96
  %97 = load <16 x float>, ptr %96, align 4
  %98 = getelementptr <16 x float>, ptr %qnope, i64 6
  %99 = load <16 x float>, ptr %98, align 64
  %100 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %99, <16 x float> %97, <16 x float> %95)
  %101 = getelementptr float, ptr %67, i64 112
  %102 = load <16 x float>, ptr %101, align 4
  %103 = getelementptr <16 x float>, ptr %qnope, i64 7
  %104 = load <16 x float>, ptr %103, align 64
  %105 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %104, <16 x float> %102, <16 x float> %100)
  %106 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %105, ptr %106, align 64
  %107 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %108 = load <16 x float>, ptr %dots, align 64
  %109 = getelementptr <16 x float>, ptr %dots, i64 1
  %110 = load <16 x float>, ptr %109, align 64
  %111 = shufflevector <16 x float> %108, <16 x float> %110, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %112 = shufflevector <16 x float> %108, <16 x float> %110, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %113 = fadd <16 x float> %111, %112
  %114 = getelementptr <16 x float>, ptr %dots, i64 2
  %115 = load <16 x float>, ptr %114, align 64
  %116 = getelementptr <16 x float>, ptr %dots, i64 3
  %117 = load <16 x float>, ptr %116, align 64
  %118 = shufflevector <16 x float> %115, <16 x float> %117, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %119 = shufflevector <16 x float> %115, <16 x float> %117, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %120 = fadd <16 x float> %118, %119
  %121 = shufflevector <16 x float> %113, <16 x float> %120, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %122 = shufflevector <16 x float> %113, <16 x float> %120, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %123 = fadd <16 x float> %121, %122
  %124 = getelementptr <16 x float>, ptr %dots, i64 4
  %125 = load <16 x float>, ptr %124, align 64
  %126 = getelementptr <16 x float>, ptr %dots, i64 5
  %127 = load <16 x float>, ptr %126, align 64
  %128 = shufflevector <16 x float> %125, <16 x float> %127, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %129 = shufflevector <16 x float> %125, <16 x float> %127, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %130 = fadd <16 x float> %128, %129
  %131 = getelementptr <16 x float>, ptr %dots, i64 6
  %132 = load <16 x float>, ptr %131, align 64
  %133 = getelementptr <16 x float>, ptr %dots, i64 7
  %134 = load <16 x float>, ptr %133, align 64
  %135 = shufflevector <16 x float> %132, <16 x float> %134, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %136 = shufflevector <16 x float> %132, <16 x float> %134, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %137 = fadd <16 x float> %135, %136
  %138 = shufflevector <16 x float> %130, <16 x float> %137, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %139 = shufflevector <16 x float> %130, <16 x float> %137, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %140 = fadd <16 x float> %138, %139
  %141 = shufflevector <16 x float> %123, <16 x float> %140, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %142 = shufflevector <16 x float> %123, <16 x float> %140, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %143 = fadd <16 x float> %141, %142
  %144 = getelementptr <16 x float>, ptr %dots, i64 8
  %145 = load <16 x float>, ptr %144, align 64
  %146 = getelementptr <16 x float>, ptr %dots, i64 9
  %147 = load <16 x float>, ptr %146, align 64
  %148 = shufflevector <16 x float> %145, <16 x float> %147, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %149 = shufflevector <16 x float> %145, <16 x float> %147, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %150 = fadd <16 x float> %148, %149
  %151 = getelementptr <16 x float>, ptr %dots, i64 10
  %152 = load <16 x float>, ptr %151, align 64
  %153 = getelementptr <16 x float>, ptr %dots, i64 11
  %154 = load <16 x float>, ptr %153, align 64
  %155 = shufflevector <16 x float> %152, <16 x float> %154, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %156 = shufflevector <16 x float> %152, <16 x float> %154, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %157 = fadd <16 x float> %155, %156
  %158 = shufflevector <16 x float> %150, <16 x float> %157, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %159 = shufflevector <16 x float> %150, <16 x float> %157, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %160 = fadd <16 x float> %158, %159
  %161 = getelementptr <16 x float>, ptr %dots, i64 12
  %162 = load <16 x float>, ptr %161, align 64
  %163 = getelementptr <16 x float>, ptr %dots, i64 13
  %164 = load <16 x float>, ptr %163, align 64
  %165 = shufflevector <16 x float> %162, <16 x float> %164, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %166 = shufflevector <16 x float> %162, <16 x float> %164, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %167 = fadd <16 x float> %165, %166
  %168 = getelementptr <16 x float>, ptr %dots, i64 14
  %169 = load <16 x float>, ptr %168, align 64
  %170 = getelementptr <16 x float>, ptr %dots, i64 15
  %171 = load <16 x float>, ptr %170, align 64
  %172 = shufflevector <16 x float> %169, <16 x float> %171, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %173 = shufflevector <16 x float> %169, <16 x float> %171, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %174 = fadd <16 x float> %172, %173
  %175 = shufflevector <16 x float> %167, <16 x float> %174, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %176 = shufflevector <16 x float> %167, <16 x float> %174, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %177 = fadd <16 x float> %175, %176
  %178 = shufflevector <16 x float> %160, <16 x float> %177, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %179 = shufflevector <16 x float> %160, <16 x float> %177, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %180 = fadd <16 x float> %178, %179
  %181 = shufflevector <16 x float> %143, <16 x float> %180, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %182 = shufflevector <16 x float> %143, <16 x float> %180, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %183 = fadd <16 x float> %181, %182
  %184 = trunc i64 %53 to i32
  %185 = insertelement <16 x i32> poison, i32 %184, i32 0
  %splat14 = shufflevector <16 x i32> %185, <16 x i32> poison, <16 x i32> zeroinitializer
  %186 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %187 = icmp slt <16 x i32> %186, <i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024>
  %188 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %189 = select <16 x i1> %187, <16 x float> %183, <16 x float> zeroinitializer
  store <16 x float> %189, ptr %188, align 64
  %190 = add nsw i64 %absorb9, 1
  br label %absorb

qcol:                                             ; preds = %body15, %exit8
  %qcol18 = phi i32 [ 0, %exit8 ], [ %199, %body15 ]
  %191 = icmp slt i32 %qcol18, 1024
  br i1 %191, label %body15, label %exit17

body15:                                           ; preds = %qcol
  %192 = sext i32 %qcol18 to i64
  %193 = getelementptr i32, ptr %rowbuf, i64 %192
  %194 = load float, ptr %193, align 4
  %195 = sext i32 %62 to i64
  %196 = mul i64 %192, 32
  %197 = add i64 %196, %195
  %198 = getelementptr i32, ptr %61, i64 %197
  store float %194, ptr %198, align 4
  %199 = add nsw i32 %qcol18, 1
  br label %qcol

exit17:                                           ; preds = %qcol
  %200 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body19
  %otzero22 = phi i32 [ %205, %body19 ], [ 0, %qrow ]
  %201 = icmp slt i32 %otzero22, 2048
  br i1 %201, label %body19, label %exit21

body19:                                           ; preds = %otzero
  %202 = sext i32 %otzero22 to i64
  %203 = mul i64 %202, 16
  %204 = getelementptr i32, ptr %ot, i64 %203
  store <16 x float> zeroinitializer, ptr %204, align 64
  %205 = add nsw i32 %otzero22, 1
  br label %otzero

exit21:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %206 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %206, align 64
  %207 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %207, align 64
  %208 = sub i32 %nrows, 1
  %209 = sdiv i32 %208, %nh
  %210 = add i32 %q_begin, %209
  %qpos23 = add i32 %q_pos0, %210
  %211 = add i32 %qpos23, 1
  %212 = call i32 @llvm.smin.i32(i32 %211, i32 %k_end)
  %k_last = sub i32 %212, 1
  br label %ktile

ktile:                                            ; preds = %exit51, %exit21
  %ktile27 = phi i32 [ %k_begin, %exit21 ], [ %277, %exit51 ]
  %213 = icmp slt i32 %ktile27, %212
  br i1 %213, label %body24, label %exit26

body24:                                           ; preds = %ktile
  %214 = sub i32 %212, %ktile27
  %215 = call i32 @llvm.smin.i32(i32 12, i32 %214)
  %216 = add i32 %215, 11
  %217 = sdiv i32 %216, 12
  %218 = mul i32 %217, 12
  br label %kpack

exit26:                                           ; preds = %ktile
  %219 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %219, ptr %ms, align 64
  %220 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %220, ptr %ls, align 64
  %221 = getelementptr float, ptr %ms, i64 16
  %222 = load <16 x float>, ptr %206, align 64
  store <16 x float> %222, ptr %221, align 64
  %223 = getelementptr float, ptr %ls, i64 16
  %224 = load <16 x float>, ptr %207, align 64
  store <16 x float> %224, ptr %223, align 64
  br label %orow133

kpack:                                            ; preds = %exit35, %body24
  %kpack31 = phi i32 [ 0, %body24 ], [ %244, %exit35 ]
  %225 = icmp slt i32 %kpack31, %218
  br i1 %225, label %body28, label %vpack

body28:                                           ; preds = %kpack
  %226 = add i32 %ktile27, %kpack31
  %227 = call i32 @llvm.smin.i32(i32 %226, i32 %k_last)
  %228 = sext i32 %227 to i64
  %row = add i64 %21, %228
  %229 = mul i64 %row, 2048
  %230 = getelementptr i8, ptr %20, i64 %229
  %231 = sext i32 %kpack31 to i64
  %232 = mul i64 %231, 1024
  %233 = getelementptr i32, ptr %kbuf, i64 %232
  br label %chunk32

chunk32:                                          ; preds = %body33, %body28
  %chunk36 = phi i64 [ 0, %body28 ], [ %243, %body33 ]
  %234 = icmp slt i64 %chunk36, 64
  br i1 %234, label %body33, label %exit35

body33:                                           ; preds = %chunk32
  %235 = mul i64 %chunk36, 16
  %236 = mul i64 %235, 4
  %237 = mul i64 %235, 2
  %238 = getelementptr i8, ptr %230, i64 %237
  %239 = load <16 x i16>, ptr %238, align 2
  %240 = zext <16 x i16> %239 to <16 x i32>
  %241 = shl <16 x i32> %240, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1637 = bitcast <16 x i32> %241 to <16 x float>
  %242 = getelementptr i8, ptr %233, i64 %236
  store <16 x float> %bf1637, ptr %242, align 64
  %243 = add nsw i64 %chunk36, 1
  br label %chunk32

exit35:                                           ; preds = %chunk32
  %244 = add nsw i32 %kpack31, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit46
  %vpack41 = phi i32 [ %264, %exit46 ], [ 0, %kpack ]
  %245 = icmp slt i32 %vpack41, %215
  br i1 %245, label %body38, label %exit40

body38:                                           ; preds = %vpack
  %246 = add i32 %ktile27, %vpack41
  %247 = sext i32 %246 to i64
  %row42 = add i64 %21, %247
  %248 = mul i64 %row42, 2048
  %249 = getelementptr i8, ptr %20, i64 %248
  %250 = sext i32 %vpack41 to i64
  %251 = mul i64 %250, 1024
  %252 = getelementptr i32, ptr %vbuf, i64 %251
  br label %chunk43

exit40:                                           ; preds = %vpack
  %253 = add i32 %nrows, 31
  %nblk = sdiv i32 %253, 32
  br label %rblock

chunk43:                                          ; preds = %body44, %body38
  %chunk47 = phi i64 [ 0, %body38 ], [ %263, %body44 ]
  %254 = icmp slt i64 %chunk47, 64
  br i1 %254, label %body44, label %exit46

body44:                                           ; preds = %chunk43
  %255 = mul i64 %chunk47, 16
  %256 = mul i64 %255, 4
  %257 = mul i64 %255, 2
  %258 = getelementptr i8, ptr %249, i64 %257
  %259 = load <16 x i16>, ptr %258, align 2
  %260 = zext <16 x i16> %259 to <16 x i32>
  %261 = shl <16 x i32> %260, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1648 = bitcast <16 x i32> %261 to <16 x float>
  %262 = getelementptr i8, ptr %252, i64 %256
  store <16 x float> %bf1648, ptr %262, align 64
  %263 = add nsw i64 %chunk47, 1
  br label %chunk43

exit46:                                           ; preds = %chunk43
  %264 = add nsw i32 %vpack41, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit40
  %rblock52 = phi i32 [ 0, %exit40 ], [ %290, %join ]
  %265 = icmp slt i32 %rblock52, %nblk
  br i1 %265, label %body49, label %exit51

body49:                                           ; preds = %rblock
  %266 = sext i32 %rblock52 to i64
  %267 = mul i32 %rblock52, 32
  %268 = add i32 %267, 31
  %269 = call i32 @llvm.smin.i32(i32 %268, i32 %208)
  %270 = sdiv i32 %269, %nh
  %271 = add i32 %q_begin, %270
  %qpos53 = add i32 %q_pos0, %271
  %272 = add i32 %qpos53, 1
  %273 = call i32 @llvm.smin.i32(i32 %272, i32 %k_end)
  %274 = sub i32 %273, %ktile27
  %275 = call i32 @llvm.smin.i32(i32 %215, i32 %274)
  %276 = icmp sgt i32 %275, 0
  br i1 %276, label %rvisit, label %join

exit51:                                           ; preds = %rblock
  %277 = add nsw i32 %ktile27, 12
  br label %ktile

rvisit:                                           ; preds = %body49
  %278 = mul i64 %266, 32768
  %279 = getelementptr i32, ptr %qt, i64 %278
  %280 = getelementptr i32, ptr %ot, i64 %278
  %281 = mul i64 %266, 2
  %282 = getelementptr <16 x float>, ptr %mv, i64 %281
  %283 = getelementptr <16 x float>, ptr %lv, i64 %281
  %284 = mul i64 %266, 32
  %285 = getelementptr i32, ptr %lims, i64 %284
  %286 = load <16 x i32>, ptr %285, align 64
  %287 = add i64 %284, 16
  %288 = getelementptr i32, ptr %lims, i64 %287
  %289 = load <16 x i32>, ptr %288, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body49
  %290 = add nsw i32 %rblock52, 1
  br label %rblock

sblock:                                           ; preds = %exit60, %rvisit
  %sblock57 = phi i32 [ 0, %rvisit ], [ %374, %exit60 ]
  %291 = icmp slt i32 %sblock57, %275
  br i1 %291, label %body54, label %smask

body54:                                           ; preds = %sblock
  %292 = sext i32 %sblock57 to i64
  %293 = mul i64 %292, 1024
  %294 = getelementptr i32, ptr %kbuf, i64 %293
  br label %sdim

sdim:                                             ; preds = %body58, %body54
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %347, %body58 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %346, %body58 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %343, %body58 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %342, %body58 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %339, %body58 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %338, %body58 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %335, %body58 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %334, %body58 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %331, %body58 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %330, %body58 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %327, %body58 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %326, %body58 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %323, %body58 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %322, %body58 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %319, %body58 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %318, %body58 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %315, %body58 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %314, %body58 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %311, %body58 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %310, %body58 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %307, %body58 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %306, %body58 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %303, %body58 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %302, %body58 ]
  %sdim61 = phi i32 [ 0, %body54 ], [ %348, %body58 ]
  %295 = icmp slt i32 %sdim61, 1024
  br i1 %295, label %body58, label %exit60

body58:                                           ; preds = %sdim
  %296 = sext i32 %sdim61 to i64
  %297 = mul i64 %296, 32
  %298 = getelementptr i32, ptr %279, i64 %297
  %qt62 = load <16 x float>, ptr %298, align 64
  %299 = getelementptr i32, ptr %298, i64 16
  %qt63 = load <16 x float>, ptr %299, align 64
  %300 = getelementptr i32, ptr %294, i64 %296
  %k = load float, ptr %300, align 4
  %301 = insertelement <16 x float> poison, float %k, i32 0
  %splat64 = shufflevector <16 x float> %301, <16 x float> poison, <16 x i32> zeroinitializer
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat64, <16 x float> %sacc.sroa.0.0)
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat64, <16 x float> %sacc.sroa.4.0)
  %304 = getelementptr i32, ptr %300, i64 1024
  %k65 = load float, ptr %304, align 4
  %305 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %305, <16 x float> poison, <16 x i32> zeroinitializer
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat66, <16 x float> %sacc.sroa.8.0)
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat66, <16 x float> %sacc.sroa.12.0)
  %308 = getelementptr i32, ptr %300, i64 2048
  %k67 = load float, ptr %308, align 4
  %309 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %309, <16 x float> poison, <16 x i32> zeroinitializer
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat68, <16 x float> %sacc.sroa.16.0)
  %311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat68, <16 x float> %sacc.sroa.20.0)
  %312 = getelementptr i32, ptr %300, i64 3072
  %k69 = load float, ptr %312, align 4
  %313 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %313, <16 x float> poison, <16 x i32> zeroinitializer
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat70, <16 x float> %sacc.sroa.24.0)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat70, <16 x float> %sacc.sroa.28.0)
  %316 = getelementptr i32, ptr %300, i64 4096
  %k71 = load float, ptr %316, align 4
  %317 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %317, <16 x float> poison, <16 x i32> zeroinitializer
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat72, <16 x float> %sacc.sroa.32.0)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat72, <16 x float> %sacc.sroa.36.0)
  %320 = getelementptr i32, ptr %300, i64 5120
  %k73 = load float, ptr %320, align 4
  %321 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %321, <16 x float> poison, <16 x i32> zeroinitializer
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat74, <16 x float> %sacc.sroa.40.0)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat74, <16 x float> %sacc.sroa.44.0)
  %324 = getelementptr i32, ptr %300, i64 6144
  %k75 = load float, ptr %324, align 4
  %325 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %325, <16 x float> poison, <16 x i32> zeroinitializer
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat76, <16 x float> %sacc.sroa.48.0)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat76, <16 x float> %sacc.sroa.52.0)
  %328 = getelementptr i32, ptr %300, i64 7168
  %k77 = load float, ptr %328, align 4
  %329 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %329, <16 x float> poison, <16 x i32> zeroinitializer
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat78, <16 x float> %sacc.sroa.56.0)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat78, <16 x float> %sacc.sroa.60.0)
  %332 = getelementptr i32, ptr %300, i64 8192
  %k79 = load float, ptr %332, align 4
  %333 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %333, <16 x float> poison, <16 x i32> zeroinitializer
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat80, <16 x float> %sacc.sroa.64.0)
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat80, <16 x float> %sacc.sroa.68.0)
  %336 = getelementptr i32, ptr %300, i64 9216
  %k81 = load float, ptr %336, align 4
  %337 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %337, <16 x float> poison, <16 x i32> zeroinitializer
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat82, <16 x float> %sacc.sroa.72.0)
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat82, <16 x float> %sacc.sroa.76.0)
  %340 = getelementptr i32, ptr %300, i64 10240
  %k83 = load float, ptr %340, align 4
  %341 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %341, <16 x float> poison, <16 x i32> zeroinitializer
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat84, <16 x float> %sacc.sroa.80.0)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat84, <16 x float> %sacc.sroa.84.0)
  %344 = getelementptr i32, ptr %300, i64 11264
  %k85 = load float, ptr %344, align 4
  %345 = insertelement <16 x float> poison, float %k85, i32 0
  %splat86 = shufflevector <16 x float> %345, <16 x float> poison, <16 x i32> zeroinitializer
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat86, <16 x float> %sacc.sroa.88.0)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat86, <16 x float> %sacc.sroa.92.0)
  %348 = add nsw i32 %sdim61, 1
  br label %sdim

exit60:                                           ; preds = %sdim
  %349 = mul i64 %292, 32
  %350 = getelementptr i32, ptr %st, i64 %349
  store <16 x float> %sacc.sroa.0.0, ptr %350, align 64
  %351 = getelementptr i32, ptr %350, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %351, align 64
  %352 = getelementptr i32, ptr %350, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %352, align 64
  %353 = getelementptr i32, ptr %350, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %353, align 64
  %354 = getelementptr i32, ptr %350, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %354, align 64
  %355 = getelementptr i32, ptr %350, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %355, align 64
  %356 = getelementptr i32, ptr %350, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %356, align 64
  %357 = getelementptr i32, ptr %350, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %357, align 64
  %358 = getelementptr i32, ptr %350, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %358, align 64
  %359 = getelementptr i32, ptr %350, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %359, align 64
  %360 = getelementptr i32, ptr %350, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %360, align 64
  %361 = getelementptr i32, ptr %350, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %361, align 64
  %362 = getelementptr i32, ptr %350, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %362, align 64
  %363 = getelementptr i32, ptr %350, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %363, align 64
  %364 = getelementptr i32, ptr %350, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %364, align 64
  %365 = getelementptr i32, ptr %350, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %365, align 64
  %366 = getelementptr i32, ptr %350, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %366, align 64
  %367 = getelementptr i32, ptr %350, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %367, align 64
  %368 = getelementptr i32, ptr %350, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %368, align 64
  %369 = getelementptr i32, ptr %350, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %369, align 64
  %370 = getelementptr i32, ptr %350, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %370, align 64
  %371 = getelementptr i32, ptr %350, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %371, align 64
  %372 = getelementptr i32, ptr %350, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %372, align 64
  %373 = getelementptr i32, ptr %350, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %373, align 64
  %374 = add nsw i32 %sblock57, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body87
  %tmax.sroa.4.0 = phi <16 x float> [ %388, %body87 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %383, %body87 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask90 = phi i32 [ %389, %body87 ], [ 0, %sblock ]
  %375 = icmp slt i32 %smask90, %275
  br i1 %375, label %body87, label %exit89

body87:                                           ; preds = %smask
  %376 = add i32 %ktile27, %smask90
  %377 = insertelement <16 x i32> poison, i32 %376, i32 0
  %splat91 = shufflevector <16 x i32> %377, <16 x i32> poison, <16 x i32> zeroinitializer
  %378 = sext i32 %smask90 to i64
  %379 = mul i64 %378, 32
  %380 = getelementptr i32, ptr %st, i64 %379
  %s = load <16 x float>, ptr %380, align 64
  %381 = icmp slt <16 x i32> %splat91, %286
  %382 = select <16 x i1> %381, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %382, ptr %380, align 64
  %383 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %382)
  %384 = add i64 %379, 16
  %385 = getelementptr i32, ptr %st, i64 %384
  %s92 = load <16 x float>, ptr %385, align 64
  %386 = icmp slt <16 x i32> %splat91, %289
  %387 = select <16 x i1> %386, <16 x float> %s92, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %387, ptr %385, align 64
  %388 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %387)
  %389 = add nsw i32 %smask90, 1
  br label %smask

exit89:                                           ; preds = %smask
  %m = load <16 x float>, ptr %282, align 64
  %390 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %391 = fcmp oeq <16 x float> %390, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse93 = select <16 x i1> %391, <16 x float> zeroinitializer, <16 x float> %390
  %392 = fsub <16 x float> %m, %muse93
  %393 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %392, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %394 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %393, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %395 = fadd <16 x float> %394, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %395, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %394, %n
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %396, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %397, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %398, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %400 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %399, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %401 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %400, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %402 = fptosi <16 x float> %n to <16 x i32>
  %403 = add <16 x i32> %402, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %404 = shl <16 x i32> %403, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %405 = bitcast <16 x i32> %404 to <16 x float>
  %exp2 = fmul <16 x float> %401, %405
  store <16 x float> %390, ptr %282, align 64
  %406 = getelementptr <16 x float>, ptr %282, i64 1
  %m94 = load <16 x float>, ptr %406, align 64
  %407 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m94, <16 x float> %tmax.sroa.4.0)
  %408 = fcmp oeq <16 x float> %407, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse95 = select <16 x i1> %408, <16 x float> zeroinitializer, <16 x float> %407
  %409 = fsub <16 x float> %m94, %muse95
  %410 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %409, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %411 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %410, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %412 = fadd <16 x float> %411, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n96 = fsub <16 x float> %412, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f97 = fsub <16 x float> %411, %n96
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f97, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f97, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %414, <16 x float> %f97, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f97, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %416, <16 x float> %f97, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %417, <16 x float> %f97, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %419 = fptosi <16 x float> %n96 to <16 x i32>
  %420 = add <16 x i32> %419, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %421 = shl <16 x i32> %420, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %422 = bitcast <16 x i32> %421 to <16 x float>
  %exp298 = fmul <16 x float> %418, %422
  store <16 x float> %407, ptr %406, align 64
  br label %sexp

sexp:                                             ; preds = %body99, %exit89
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit89 ], [ %460, %body99 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit89 ], [ %442, %body99 ]
  %sexp102 = phi i32 [ 0, %exit89 ], [ %461, %body99 ]
  %423 = icmp slt i32 %sexp102, %275
  br i1 %423, label %body99, label %exit101

body99:                                           ; preds = %sexp
  %424 = sext i32 %sexp102 to i64
  %425 = mul i64 %424, 32
  %426 = getelementptr i32, ptr %st, i64 %425
  %427 = load <16 x float>, ptr %426, align 64
  %428 = fsub <16 x float> %427, %muse93
  %429 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %428, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %430 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %429, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %431 = fadd <16 x float> %430, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n103 = fsub <16 x float> %431, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f104 = fsub <16 x float> %430, %n103
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f104, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %432, <16 x float> %f104, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f104, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %434, <16 x float> %f104, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %435, <16 x float> %f104, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %436, <16 x float> %f104, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %438 = fptosi <16 x float> %n103 to <16 x i32>
  %439 = add <16 x i32> %438, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %440 = shl <16 x i32> %439, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %441 = bitcast <16 x i32> %440 to <16 x float>
  %exp2105 = fmul <16 x float> %437, %441
  store <16 x float> %exp2105, ptr %426, align 64
  %442 = fadd <16 x float> %lsum.sroa.0.0, %exp2105
  %443 = add i64 %425, 16
  %444 = getelementptr i32, ptr %st, i64 %443
  %445 = load <16 x float>, ptr %444, align 64
  %446 = fsub <16 x float> %445, %muse95
  %447 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %446, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %448 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %447, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %449 = fadd <16 x float> %448, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n106 = fsub <16 x float> %449, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f107 = fsub <16 x float> %448, %n106
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f107, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %450, <16 x float> %f107, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %451, <16 x float> %f107, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %452, <16 x float> %f107, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %453, <16 x float> %f107, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %454, <16 x float> %f107, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %456 = fptosi <16 x float> %n106 to <16 x i32>
  %457 = add <16 x i32> %456, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %458 = shl <16 x i32> %457, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %459 = bitcast <16 x i32> %458 to <16 x float>
  %exp2108 = fmul <16 x float> %455, %459
  store <16 x float> %exp2108, ptr %444, align 64
  %460 = fadd <16 x float> %lsum.sroa.4.0, %exp2108
  %461 = add nsw i32 %sexp102, 1
  br label %sexp

exit101:                                          ; preds = %sexp
  %462 = load <16 x float>, ptr %283, align 64
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %462, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %463, ptr %283, align 64
  %464 = getelementptr <16 x float>, ptr %283, i64 1
  %465 = load <16 x float>, ptr %464, align 64
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %465, <16 x float> %exp298, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %466, ptr %464, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit115, %exit101
  %pvblock112 = phi i32 [ 0, %exit101 ], [ %560, %exit115 ]
  %467 = icmp slt i32 %pvblock112, 128
  br i1 %467, label %body109, label %join

body109:                                          ; preds = %pvblock
  %468 = mul i32 %pvblock112, 8
  %469 = sext i32 %468 to i64
  %470 = mul i64 %469, 32
  %471 = getelementptr i32, ptr %280, i64 %470
  %472 = load <16 x float>, ptr %471, align 64
  %473 = fmul <16 x float> %472, %exp2
  %474 = getelementptr i32, ptr %471, i64 16
  %475 = load <16 x float>, ptr %474, align 64
  %476 = fmul <16 x float> %475, %exp298
  %477 = getelementptr i32, ptr %471, i64 32
  %478 = load <16 x float>, ptr %477, align 64
  %479 = fmul <16 x float> %478, %exp2
  %480 = getelementptr i32, ptr %471, i64 48
  %481 = load <16 x float>, ptr %480, align 64
  %482 = fmul <16 x float> %481, %exp298
  %483 = getelementptr i32, ptr %471, i64 64
  %484 = load <16 x float>, ptr %483, align 64
  %485 = fmul <16 x float> %484, %exp2
  %486 = getelementptr i32, ptr %471, i64 80
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %exp298
  %489 = getelementptr i32, ptr %471, i64 96
  %490 = load <16 x float>, ptr %489, align 64
  %491 = fmul <16 x float> %490, %exp2
  %492 = getelementptr i32, ptr %471, i64 112
  %493 = load <16 x float>, ptr %492, align 64
  %494 = fmul <16 x float> %493, %exp298
  %495 = getelementptr i32, ptr %471, i64 128
  %496 = load <16 x float>, ptr %495, align 64
  %497 = fmul <16 x float> %496, %exp2
  %498 = getelementptr i32, ptr %471, i64 144
  %499 = load <16 x float>, ptr %498, align 64
  %500 = fmul <16 x float> %499, %exp298
  %501 = getelementptr i32, ptr %471, i64 160
  %502 = load <16 x float>, ptr %501, align 64
  %503 = fmul <16 x float> %502, %exp2
  %504 = getelementptr i32, ptr %471, i64 176
  %505 = load <16 x float>, ptr %504, align 64
  %506 = fmul <16 x float> %505, %exp298
  %507 = getelementptr i32, ptr %471, i64 192
  %508 = load <16 x float>, ptr %507, align 64
  %509 = fmul <16 x float> %508, %exp2
  %510 = getelementptr i32, ptr %471, i64 208
  %511 = load <16 x float>, ptr %510, align 64
  %512 = fmul <16 x float> %511, %exp298
  %513 = getelementptr i32, ptr %471, i64 224
  %514 = load <16 x float>, ptr %513, align 64
  %515 = fmul <16 x float> %514, %exp2
  %516 = getelementptr i32, ptr %471, i64 240
  %517 = load <16 x float>, ptr %516, align 64
  %518 = fmul <16 x float> %517, %exp298
  br label %kpv

kpv:                                              ; preds = %body113, %body109
  %o.sroa.44.0 = phi <16 x float> [ %506, %body109 ], [ %550, %body113 ]
  %o.sroa.40.0 = phi <16 x float> [ %503, %body109 ], [ %549, %body113 ]
  %o.sroa.36.0 = phi <16 x float> [ %500, %body109 ], [ %546, %body113 ]
  %o.sroa.32.0 = phi <16 x float> [ %497, %body109 ], [ %545, %body113 ]
  %o.sroa.28.0 = phi <16 x float> [ %494, %body109 ], [ %542, %body113 ]
  %o.sroa.24.0 = phi <16 x float> [ %491, %body109 ], [ %541, %body113 ]
  %o.sroa.20.0 = phi <16 x float> [ %488, %body109 ], [ %538, %body113 ]
  %o.sroa.16.0 = phi <16 x float> [ %485, %body109 ], [ %537, %body113 ]
  %o.sroa.12.0 = phi <16 x float> [ %482, %body109 ], [ %534, %body113 ]
  %o.sroa.8.0 = phi <16 x float> [ %479, %body109 ], [ %533, %body113 ]
  %o.sroa.4.0 = phi <16 x float> [ %476, %body109 ], [ %530, %body113 ]
  %o.sroa.0.0 = phi <16 x float> [ %473, %body109 ], [ %529, %body113 ]
  %o.sroa.48.0 = phi <16 x float> [ %509, %body109 ], [ %553, %body113 ]
  %o.sroa.52.0 = phi <16 x float> [ %512, %body109 ], [ %554, %body113 ]
  %o.sroa.56.0 = phi <16 x float> [ %515, %body109 ], [ %557, %body113 ]
  %o.sroa.60.0 = phi <16 x float> [ %518, %body109 ], [ %558, %body113 ]
  %kpv116 = phi i32 [ 0, %body109 ], [ %559, %body113 ]
  %519 = icmp slt i32 %kpv116, %275
  br i1 %519, label %body113, label %exit115

body113:                                          ; preds = %kpv
  %520 = sext i32 %kpv116 to i64
  %521 = mul i64 %520, 32
  %522 = getelementptr i32, ptr %st, i64 %521
  %p = load <16 x float>, ptr %522, align 64
  %523 = add i64 %521, 16
  %524 = getelementptr i32, ptr %st, i64 %523
  %p117 = load <16 x float>, ptr %524, align 64
  %525 = mul i64 %520, 4096
  %526 = getelementptr i8, ptr %vbuf, i64 %525
  %527 = getelementptr i32, ptr %526, i64 %469
  %v = load float, ptr %527, align 4
  %528 = insertelement <16 x float> poison, float %v, i32 0
  %splat118 = shufflevector <16 x float> %528, <16 x float> poison, <16 x i32> zeroinitializer
  %529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.0.0)
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat118, <16 x float> %o.sroa.4.0)
  %531 = getelementptr i32, ptr %527, i64 1
  %v119 = load float, ptr %531, align 4
  %532 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %532, <16 x float> poison, <16 x i32> zeroinitializer
  %533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.8.0)
  %534 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat120, <16 x float> %o.sroa.12.0)
  %535 = getelementptr i32, ptr %527, i64 2
  %v121 = load float, ptr %535, align 4
  %536 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %536, <16 x float> poison, <16 x i32> zeroinitializer
  %537 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.16.0)
  %538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat122, <16 x float> %o.sroa.20.0)
  %539 = getelementptr i32, ptr %527, i64 3
  %v123 = load float, ptr %539, align 4
  %540 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %540, <16 x float> poison, <16 x i32> zeroinitializer
  %541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.24.0)
  %542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat124, <16 x float> %o.sroa.28.0)
  %543 = getelementptr i32, ptr %527, i64 4
  %v125 = load float, ptr %543, align 4
  %544 = insertelement <16 x float> poison, float %v125, i32 0
  %splat126 = shufflevector <16 x float> %544, <16 x float> poison, <16 x i32> zeroinitializer
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat126, <16 x float> %o.sroa.32.0)
  %546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat126, <16 x float> %o.sroa.36.0)
  %547 = getelementptr i32, ptr %527, i64 5
  %v127 = load float, ptr %547, align 4
  %548 = insertelement <16 x float> poison, float %v127, i32 0
  %splat128 = shufflevector <16 x float> %548, <16 x float> poison, <16 x i32> zeroinitializer
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat128, <16 x float> %o.sroa.40.0)
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat128, <16 x float> %o.sroa.44.0)
  %551 = getelementptr i32, ptr %527, i64 6
  %v129 = load float, ptr %551, align 4
  %552 = insertelement <16 x float> poison, float %v129, i32 0
  %splat130 = shufflevector <16 x float> %552, <16 x float> poison, <16 x i32> zeroinitializer
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.48.0)
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat130, <16 x float> %o.sroa.52.0)
  %555 = getelementptr i32, ptr %527, i64 7
  %v131 = load float, ptr %555, align 4
  %556 = insertelement <16 x float> poison, float %v131, i32 0
  %splat132 = shufflevector <16 x float> %556, <16 x float> poison, <16 x i32> zeroinitializer
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat132, <16 x float> %o.sroa.56.0)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat132, <16 x float> %o.sroa.60.0)
  %559 = add nsw i32 %kpv116, 1
  br label %kpv

exit115:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %471, align 64
  store <16 x float> %o.sroa.4.0, ptr %474, align 64
  store <16 x float> %o.sroa.8.0, ptr %477, align 64
  store <16 x float> %o.sroa.12.0, ptr %480, align 64
  store <16 x float> %o.sroa.16.0, ptr %483, align 64
  store <16 x float> %o.sroa.20.0, ptr %486, align 64
  store <16 x float> %o.sroa.24.0, ptr %489, align 64
  store <16 x float> %o.sroa.28.0, ptr %492, align 64
  store <16 x float> %o.sroa.32.0, ptr %495, align 64
  store <16 x float> %o.sroa.36.0, ptr %498, align 64
  store <16 x float> %o.sroa.40.0, ptr %501, align 64
  store <16 x float> %o.sroa.44.0, ptr %504, align 64
  store <16 x float> %o.sroa.48.0, ptr %507, align 64
  store <16 x float> %o.sroa.52.0, ptr %510, align 64
  store <16 x float> %o.sroa.56.0, ptr %513, align 64
  store <16 x float> %o.sroa.60.0, ptr %516, align 64
  %560 = add nsw i32 %pvblock112, 1
  br label %pvblock

orow133:                                          ; preds = %written, %exit26
  %orow137 = phi i32 [ 0, %exit26 ], [ %595, %written ]
  %561 = icmp slt i32 %orow137, %nrows
  br i1 %561, label %body134, label %done

body134:                                          ; preds = %orow133
  %562 = sext i32 %orow137 to i64
  %563 = getelementptr float, ptr %ms, i64 %562
  %m138 = load float, ptr %563, align 4
  %564 = getelementptr float, ptr %ls, i64 %562
  %l = load float, ptr %564, align 4
  %565 = sdiv i32 %orow137, 32
  %566 = srem i32 %orow137, 32
  %567 = sext i32 %565 to i64
  %568 = mul i64 %567, 32768
  %569 = getelementptr i32, ptr %ot, i64 %568
  br label %otrow

otrow:                                            ; preds = %body139, %body134
  %otrow142 = phi i32 [ 0, %body134 ], [ %578, %body139 ]
  %570 = icmp slt i32 %otrow142, 1024
  br i1 %570, label %body139, label %exit141

body139:                                          ; preds = %otrow
  %571 = sext i32 %566 to i64
  %572 = sext i32 %otrow142 to i64
  %573 = mul i64 %572, 32
  %574 = add i64 %573, %571
  %575 = getelementptr i32, ptr %569, i64 %574
  %576 = load float, ptr %575, align 4
  %577 = getelementptr i32, ptr %rowbuf, i64 %572
  store float %576, ptr %577, align 4
  %578 = add nsw i32 %otrow142, 1
  br label %otrow

exit141:                                          ; preds = %otrow
  %579 = icmp ne ptr %part, null
  br i1 %579, label %partial, label %final

partial:                                          ; preds = %exit141
  %580 = sext i32 %nrows to i64
  %581 = mul i64 %562, 1024
  %582 = getelementptr float, ptr %part, i64 %581
  br label %chunk143

final:                                            ; preds = %exit141
  %583 = sdiv i32 %orow137, %nh
  %qi148 = add i32 %q_begin, %583
  %584 = srem i32 %orow137, %nh
  %585 = add i32 %h_begin, %584
  %586 = mul i32 %kv_head, 128
  %hq149 = add i32 %586, %585
  %587 = sext i32 %qi148 to i64
  %588 = add i64 %q_row0, %587
  %589 = mul i64 %588, 128
  %590 = sext i32 %hq149 to i64
  %orow150 = add i64 %589, %590
  %591 = fcmp oeq float %l, 0.000000e+00
  %592 = fdiv float 1.000000e+00, %l
  %593 = select i1 %591, float 0.000000e+00, float %592
  %594 = insertelement <16 x float> poison, float %593, i32 0
  %splat151 = shufflevector <16 x float> %594, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk152

written:                                          ; preds = %exit155, %exit146
  %595 = add nsw i32 %orow137, 1
  br label %orow133

chunk143:                                         ; preds = %body144, %partial
  %chunk147 = phi i64 [ 0, %partial ], [ %601, %body144 ]
  %596 = icmp slt i64 %chunk147, 64
  br i1 %596, label %body144, label %exit146

body144:                                          ; preds = %chunk143
  %597 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk147
  %598 = load <16 x float>, ptr %597, align 64
  %599 = mul i64 %chunk147, 64
  %600 = getelementptr i8, ptr %582, i64 %599
  store <16 x float> %598, ptr %600, align 4
  %601 = add nsw i64 %chunk147, 1
  br label %chunk143

exit146:                                          ; preds = %chunk143
  %602 = mul i64 %580, 1024
  %603 = add i64 %602, %562
  %604 = getelementptr float, ptr %part, i64 %603
  store float %m138, ptr %604, align 4
  %605 = add i64 %603, %580
  %606 = getelementptr float, ptr %part, i64 %605
  store float %l, ptr %606, align 4
  br label %written

chunk152:                                         ; preds = %body153, %final
  %chunk156 = phi i64 [ 0, %final ], [ %613, %body153 ]
  %607 = icmp slt i64 %chunk156, 64
  br i1 %607, label %body153, label %exit155

body153:                                          ; preds = %chunk152
  %608 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk156
  %609 = load <16 x float>, ptr %608, align 64
  %610 = fmul <16 x float> %609, %splat151
  %611 = mul i64 %chunk156, 64
  %612 = getelementptr i8, ptr %rowbuf, i64 %611
  store <16 x float> %610, ptr %612, align 4
  %613 = add nsw i64 %chunk156, 1
  br label %chunk152

exit155:                                          ; preds = %chunk152
  %u = select i1 %591, ptr null, ptr %rowbuf
  call void @xcache_t5_11b_project(ptr %0, ptr %u, i64 %orow150)
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @xcache_t5_11b(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @xcache_t5_11b_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @xcache_t5_11b_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @xcache_t5_11b_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @xcache_t5_11b_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @xcache_t5_11b_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @xcache_t5_11b_info() #0 {
entry:
  ret ptr @xcache_t5_11b_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
